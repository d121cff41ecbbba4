/**
 * New notice and announcement files, for the scaffold (npm run new:notice,
 * npm run new:announcement) and the spreadsheet import. What only a person
 * can know (title, 公示期, how to object) is left out, with a comment saying
 * what to write: the file fails validation until it is filled in, so a
 * half-written notice can never be published.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ACTIONS, type Action } from '../schemas/announcement.ts';
import { idPattern, type Level } from '../schemas/common.ts';

export type NewKind = 'notice' | 'announcement';

const DIRS: Record<NewKind, string> = { notice: 'notices', announcement: 'announcements' };
const LEVEL_SLUG: Record<Level, string> = { 市级: 'municipal', 省级: 'provincial', 国家级: 'national' };
const ACTION_SLUG: Record<Action, string> = {
  recognize: 'clusters',
  'review-passed': 'review',
  revoke: 'revocation',
  cancel: 'cancellation',
};
/** What a notice proposes, per announcement action (a notice's `action`). */
export const NOTICE_ACTION: Record<Action, string> = {
  recognize: '认定',
  'review-passed': '复核',
  revoke: '撤销',
  cancel: '取消',
};

/** Ids already used in a content folder (file names without extension). */
export function existingIds(contentDir: string, folder: string): Set<string> {
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir, { recursive: true })
      .map(String)
      .flatMap((f) => (/\.ya?ml$|\.md$/.test(f) ? [f.replace(/^.*\//, '').replace(/\.(ya?ml|md)$/, '')] : [])),
  );
}

/** `base` if free, else base-2, base-3 … */
export function nextFreeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The readable id a new file gets: 2026-municipal-notice, 2026-municipal-clusters (like 2022-municipal-clusters) … */
export function newEntryId(kind: NewKind, date: string, level: Level, action: Action, contentDir: string): string {
  const base = `${date.slice(0, 4)}-${LEVEL_SLUG[level]}-${kind === 'notice' ? 'notice' : ACTION_SLUG[action]}`;
  return nextFreeId(base, existingIds(contentDir, DIRS[kind]));
}

/**
 * Where a new file of this kind goes. The id is also a file name: it must
 * pass the rule of file names (idPattern), so `--id ../../x` or a crafted
 * spreadsheet cell cannot write outside content/. scripts/cli-args.ts tells
 * the clerk first; this is the lock.
 */
export function pathOf(contentDir: string, kind: NewKind | 'cluster', id: string): string {
  if (!idPattern.test(id)) throw new Error(`not an id (lower-case letters, digits and hyphens): ${JSON.stringify(id)}`);
  return join(contentDir, kind === 'cluster' ? 'clusters' : DIRS[kind], `${id}.yaml`);
}

/** One YAML value on one line (quoted only where YAML needs it). */
const value = (v: unknown) =>
  stringify(v, { lineWidth: 0, flowCollectionPadding: true, collectionStyle: 'flow' }).trimEnd();

/** A `key: value` line, or the commented example with its hint when the value is not known. */
function line(key: string, v: unknown, hint: string, example: string): string[] {
  return v === undefined || v === '' ? [`# ✎ ${hint}`, `# ${key}: ${example}`] : [`${key}: ${value(v)}`];
}

export interface NoticeEntryInput {
  cluster?: string;
  name?: string;
  county?: string;
  level: Level;
}

export interface NoticeInput {
  title?: string;
  issuer: string;
  /** Left for the clerk when not given: a notice's date is the one printed on it, not the day it is typed in. */
  publishedOn?: string;
  from?: string;
  to?: string;
  action: Action;
  entries: NoticeEntryInput[];
  /** Where the list came from, for the header comment. */
  origin: string;
  /** Rows of the sheet that were not imported (--partial), as printed: kept in the file, so none is forgotten. */
  refused?: string[];
}

/** The lines that keep refused rows in the file: a ✎ mark, so the file stays a draft until the clerk decides. */
function refusedLines(refused: readonly string[] | undefined): string[] {
  if (!refused?.length) return [];
  return [
    `# ✎ 表格中有 ${refused.length} 行没有导入（--partial）：改好表格后把它们补入名单，或确认不列入，然后删掉以下几行`,
    ...refused.map((r) => `#   ${r}`),
  ];
}

/** The 依据 lines: a hint, since most lists rest on a document of the site. */
const BASIS_LINES = [
  '# ✎ 依据的政策文件 id（content/policies/ 中的文件名），照原文所引，例如 basis: [cluster-management-measures-2021]；',
  '#   原文没有写依据就保留 basis: []。确认后删掉这两行说明',
];

const HEADER = [
  '# 以 # 开头的行是说明，不会发布。带 ✎ 的项请照原文填写，再删掉 # 号；',
  '# 必填项没填时，npm run validate 和生成网站都会报错并说明缺什么，网站不会发布半成品。',
];

/** A notice (公示) file. */
export function noticeYaml(n: NoticeInput): string {
  const action = NOTICE_ACTION[n.action];
  const entries = n.entries.map((e) => {
    const item: Record<string, string> = e.cluster ? { cluster: e.cluster } : { name: e.name!, county: e.county! };
    item.level = e.level;
    if (action !== '认定') item.action = action;
    return `  - ${value(item)}`;
  });
  return [
    `# 公示：${n.origin}。`,
    ...HEADER,
    '',
    ...line('title', n.title, '标题，照公示原文，例如：关于2026年度聊城市特色产业集群拟认定名单的公示', '关于…的公示'),
    `issuer: ${value(n.issuer)}`,
    ...line(
      'publishedOn',
      n.publishedOn,
      '发布日期，照公示原文（通常就是公示开始日），不能晚于公示期的结束日',
      'YYYY-MM-DD',
    ),
    ...(n.from && n.to
      ? [`period: { from: ${n.from}, to: ${n.to} }`]
      : ['# ✎ 公示期（含起止两日），照公示原文', '# period: { from: YYYY-MM-DD, to: YYYY-MM-DD }']),
    ...BASIS_LINES,
    'basis: []',
    '# ✎ 工作程序，照公示原文（例如：经自愿申报、县（市、区）推荐、专家评审，拟认定以下集群。）；原文没有就删掉这两行',
    '# procedure: 工作程序原文',
    ...(entries.length
      ? ['entries:', ...entries]
      : [
          '# ✎ 拟公布名单：已有集群写 cluster（集群 id），新候选集群写 name 和 county',
          '# entries:',
          '#   - { cluster: 集群id, level: 市级 }',
          '#   - { name: 集群名称, county: 所在县（市、区）, level: 市级 }',
        ]),
    '# ✎ 异议受理方式：照公示原文，写出公布了的电话、邮箱、地址（至少一项），以及异议要求',
    '# objection:',
    '#   phone: 电话',
    '#   email: 电子邮箱',
    '#   address: 地址',
    '#   rules: 异议要求原文',
    ...refusedLines(n.refused),
    '',
  ].join('\n');
}

export interface AnnouncementInput {
  title?: string;
  issuer: string;
  docNumber?: string;
  date: string;
  action: Action;
  level: Level;
  clusters: string[];
  closes?: string;
  /** Notices that each propose every entry, when more than one does: the clerk picks. */
  closesCandidates?: string[];
  origin: string;
  refused?: string[];
}

/** An announcement (公布) file. */
export function announcementYaml(a: AnnouncementInput): string {
  return [
    `# 公布：${a.origin}。`,
    ...HEADER,
    '',
    ...line(
      'title',
      a.title,
      '标题，照公布原文，例如：关于公布2026年度聊城市特色产业集群名单的通知',
      '关于公布…的通知',
    ),
    `issuer: ${value(a.issuer)}`,
    ...line('docNumber', a.docNumber, '发文字号，照原文；原文没有就删掉这两行', '聊工信字〔YYYY〕N号'),
    `date: ${a.date}`,
    `# 类别：${ACTIONS.map((x) => `${x}（${NOTICE_ACTION[x]}${x === 'review-passed' ? '通过' : ''}）`).join('、')}`,
    `action: ${a.action}`,
    `level: ${a.level}`,
    ...(a.clusters.length
      ? ['clusters:', ...a.clusters.map((id) => `  - ${id}`)]
      : ['# ✎ 名单：集群 id（content/clusters/ 中的文件名），按公布顺序，每行一个', '# clusters:', '#   - 集群id']),
    ...(a.closes
      ? [`closes: ${a.closes}`]
      : a.closesCandidates?.length
        ? [
            `# ✎ 对应的公示：${a.closesCandidates.join('、')} 都列出了这些集群，请照公布原文选定一份，写成 closes: 公示id`,
            `# closes: ${a.closesCandidates[0]}`,
          ]
        : [
            '# ✎ 对应的公示 id（content/notices/ 中的文件名）：写上后，那份公示会显示“已公布结果”；确实没有公示过就删掉这两行',
            '# closes: 公示id',
          ]),
    ...BASIS_LINES,
    'basis: []',
    ...(a.action === 'revoke' ? ['# ✎ 撤销理由，并注明依据《管理办法》第十四条第几项', '# reason: 撤销理由'] : []),
    ...refusedLines(a.refused),
    '',
  ].join('\n');
}

export interface ClusterInput {
  name: string;
  county: string;
  industry: string;
  town?: string;
  products?: string[];
  host?: string;
  source: string;
  origin: string;
}

/** A new cluster file, from one spreadsheet row. */
export function clusterYaml(c: ClusterInput): string {
  return [
    `# 集群：${c.origin}。文件名就是网址，发布后不能再改：如需更好的文件名，请在发布前修改。`,
    `name: ${value(c.name)}`,
    `county: ${value(c.county)}`,
    ...(c.town ? [`town: ${value(c.town)}`] : []),
    `industry: ${value(c.industry)}`,
    ...(c.products?.length ? [`products: ${value(c.products)}`] : []),
    ...(c.host ? [`host: ${value(c.host)}`] : []),
    `source: ${value(c.source)}`,
    '',
  ].join('\n');
}
