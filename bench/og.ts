/**
 * Social preview benchmark (a script, not a test): draws distinct synthetic
 * cards with the on-disk cache off and prints the time per card and the
 * average PNG size.
 *
 *   npm run bench:og                        # 300 cards, src/outputs/og/image.ts
 *   npm run bench:og -- 1000                # more cards
 *   npm run bench:og -- 300 path/to/og.ts   # another version of the module, to compare
 *
 * Two passes over the same cards: the first starts with nothing loaded (fonts
 * and any per-process caches fill as it goes, as in a cold build); the second
 * draws the same cards again. CPU time is the whole process's (user + system,
 * zlib's and libvips's threads included); sharp gets one thread, so versions
 * of the module that draw with it compare.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import type { OgCard } from '../src/outputs/og/image.ts';

// Before the module is loaded: it reads the setting once.
process.env.OG_CACHE_DIR = 'off';
sharp.concurrency(1);

const count = Number(process.argv[2] ?? 300);
const modulePath = resolve(process.argv[3] ?? resolve(import.meta.dirname, '../src/outputs/og/image.ts'));
const { ogPng } = (await import(pathToFileURL(modulePath).href)) as { ogPng: (card: OgCard) => Promise<Buffer> };

/** A small deterministic pseudo-random sequence (mulberry32), so every run draws the same cards. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['聊城市', '东昌府区', '茌平区', '临清市', '阳谷县', '莘县', '东阿县', '冠县', '高唐县', '山东省'];
const ISSUERS = [
  '聊城市工业和信息化局',
  '聊城市人民政府办公室',
  '山东省工业和信息化厅',
  '聊城市财政局',
  '冠县人民政府',
];
const TOPICS = [
  '特色产业集群',
  '先进制造业集群',
  '中小企业特色产业集群',
  '轴承产业',
  '绿色食品加工产业',
  '镀涂钢板制品产业集群',
  '新旧动能转换重大工程',
];
const ACTS = [
  '管理办法（试行）',
  '实施意见',
  '认定名单的通知',
  '转型升级工作方案',
  '高质量发展三年行动计划',
  '综合评价结果的公示',
  '培育工作的若干措施',
];

/** Card `i`: titles from short to long enough to need the ellipsis, with Latin digits and 〔〕 brackets now and then. */
function card(i: number, rnd: () => number): OgCard {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const year = 2015 + (i % 12);
  const parts = [`关于`, pick(PLACES), `${year}年度`, pick(TOPICS), pick(ACTS)];
  for (let extra = i % 5; extra > 0; extra--) parts.splice(2, 0, `推动${pick(TOPICS)}和${pick(TOPICS)}`);
  const title = `${parts.join('')}（第${i}号，${year}-${year + 2}年）`;
  const docNumber = `聊工信发〔${year}〕${1 + (i % 120)}号`;
  return {
    site: '聊城市特色产业集群信息公开平台',
    kind: i % 3 ? '政策文件 · 规范性文件' : '公布',
    title,
    footer: [docNumber, pick(ISSUERS), `${year}年${1 + (i % 12)}月${1 + (i % 28)}日`].join('　·　'),
  };
}

const rnd = random(7);
const cards = Array.from({ length: count }, (_, i) => card(i, rnd));

async function pass(label: string): Promise<void> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let bytes = 0;
  for (const c of cards) bytes += (await ogPng(c)).length;
  const wall = (performance.now() - start) / count;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / count;
  console.log(
    `${label.padEnd(7)} ${wall.toFixed(2).padStart(7)} ms/card wall  ${cpuMs.toFixed(2).padStart(7)} ms/card CPU  ${(bytes / count / 1024).toFixed(1)} KiB/card`,
  );
}

console.log(
  `${count} distinct cards, cache off, Node ${process.version} (zlib ${process.versions.zlib}), sharp ${sharp.versions.sharp}, ${modulePath}`,
);
await pass('first');
await pass('again');
