/**
 * Writes a synthetic content directory for benchmarks:
 *
 *   node bench/generate.ts <dir> [clusters=10000] [policies=2000] [notices=500]
 *
 * Every name is invented and marked 合成 (synthetic); the output is never
 * content. Deterministic: the same arguments give the same files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COUNTIES = [
  '东昌府区',
  '茌平区',
  '临清市',
  '阳谷县',
  '莘县',
  '东阿县',
  '冠县',
  '高唐县',
  '聊城经济技术开发区',
  '聊城高新技术产业开发区',
  '江北水城旅游度假区',
];
const KEYS = [
  'dongchangfu',
  'chiping',
  'linqing',
  'yanggu',
  'shenxian',
  'donge',
  'guanxian',
  'gaotang',
  'jingkaiqu',
  'gaoxinqu',
  'dujiaqu',
];
const INDUSTRIES = [
  '轴承',
  '钢球',
  '纺织',
  '绿色食品加工',
  '木材加工',
  '塑料化工',
  '精品钢板',
  '纸业',
  '有色金属',
  '阿胶',
  '装备制造',
  '化工新材料',
];
const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

/** A small deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 5) => String(n).padStart(w, '0');
const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function generate(dir: string, clusters = 10_000, policies = 2_000, notices = 500): void {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['policies', 'clusters', 'notices', 'announcements'])
    mkdirSync(join(dir, sub), { recursive: true });
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];

  writeFileSync(
    join(dir, 'settings.yaml'),
    [
      'siteName: 特色产业集群信息公开平台（合成基准数据）',
      'shortName: 合成基准',
      'organizer: 合成主办单位',
      'guide: 合成数据，仅用于性能测量。',
      'counties:',
      ...COUNTIES.map(
        (c, i) =>
          `  - { name: ${c}, key: ${KEYS[i]}, kind: ${i < 2 ? '区' : i === 2 ? '市' : i < 8 ? '县' : '功能区'} }`,
      ),
      '',
    ].join('\n'),
  );

  for (let i = 0; i < clusters; i++) {
    const county = pick(COUNTIES);
    const industry = pick(INDUSTRIES);
    const year = 2019 + (i % 7);
    writeFileSync(
      join(dir, 'clusters', `bench-cluster-${pad(i)}.yaml`),
      [
        `name: ${county}合成${industry}集群${pad(i)}`,
        `county: ${county}`,
        `industry: ${industry}`,
        `products: [合成${industry}产品甲, 合成${industry}产品乙]`,
        `intro: ${county}合成${industry}集群，第${i}号，合成简介文字，用于测量页面生成和索引的速度。`,
        'annualReports:',
        `  - { year: ${year}, enterprises: { total: ${30 + (i % 90)} }, employees: ${1000 + i}, revenue: ${(20 + (i % 80)) * 1.5}, areaKm2: ${10 + (i % 90)} }`,
        '',
      ].join('\n'),
    );
  }

  for (let i = 0; i < policies; i++) {
    const year = 2015 + (i % 12);
    const articles = 8 + (i % 12);
    const body: string[] = [];
    for (let a = 0; a < articles; a++) {
      if (a % 4 === 0) body.push(`## 第${NUMERALS[Math.floor(a / 4)]}章　合成章节`, '');
      body.push(
        `### 第${NUMERALS[a]}条`,
        '',
        `合成条文${a}：为测量生成速度，本条文字由程序生成，内容无实际意义，涉及特色产业集群、认定、复核和年度报告。`,
        '',
      );
      if (a % 3 === 0) body.push('（一）合成项目一。', '', '（二）合成项目二。', '');
    }
    writeFileSync(
      join(dir, 'policies', `bench-policy-${pad(i)}.md`),
      [
        '---',
        `title: 合成政策文件第${i}号（${year}年）`,
        `docNumber: 合成发〔${year}〕${i}号`,
        'issuer: 合成主办单位',
        `kind: ${pick(['办法', '方案', '意见', '通知'])}`,
        `level: ${pick(['省', '市', '县'])}`,
        `issuedOn: ${day(year, 1 + (i % 12), 1 + (i % 28))}`,
        `effectiveFrom: ${day(year, 1 + (i % 12), 1 + (i % 28))}`,
        ...(i % 3 === 0 ? [`effectiveUntil: ${day(year + 5, 1 + (i % 12), 1 + (i % 28))}`] : []),
        '---',
        '',
        ...body,
      ].join('\n'),
    );
  }

  // Announcements: one per 10 clusters, recognising them; every 50th later revoked.
  const perList = 10;
  for (let a = 0; a * perList < clusters; a++) {
    const ids = Array.from(
      { length: Math.min(perList, clusters - a * perList) },
      (_, k) => `bench-cluster-${pad(a * perList + k)}`,
    );
    const year = 2019 + (a % 7);
    writeFileSync(
      join(dir, 'announcements', `bench-announcement-${pad(a)}.yaml`),
      [
        `title: 合成公布第${a}号`,
        'issuer: 合成主办单位',
        `date: ${day(year, 6, 1 + (a % 28))}`,
        'action: recognize',
        'level: 市级',
        `clusters: [${ids.join(', ')}]`,
        '',
      ].join('\n'),
    );
  }

  for (let n = 0; n < notices; n++) {
    const year = 2019 + (n % 8);
    const from = day(year, 5, 1 + (n % 20));
    const to = day(year, 5, 8 + (n % 20));
    const entries = Array.from(
      { length: 5 },
      (_, k) => `  - { cluster: bench-cluster-${pad((n * 5 + k) % clusters)}, level: 市级 }`,
    );
    writeFileSync(
      join(dir, 'notices', `bench-notice-${pad(n)}.yaml`),
      [
        `title: 合成公示第${n}号`,
        'issuer: 合成主办单位',
        `publishedOn: ${from}`,
        `period: { from: ${from}, to: ${to} }`,
        'entries:',
        ...entries,
        'objection:',
        '  phone: 0635-0000000',
        '  rules: 合成异议规则。',
        '',
      ].join('\n'),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '.tmp/bench-content', c, p, n] = process.argv.slice(2);
  generate(dir, Number(c ?? 10_000), Number(p ?? 2_000), Number(n ?? 500));
  console.log(`wrote synthetic content to ${dir}`);
}
