/**
 * Validates raw content against the schemas and the rules that span files
 * (references, counties, duplicate ids). Every problem is collected, so one
 * run reports all of them; nothing is returned unless everything is valid.
 */
import type { z } from 'astro/zod';
import { type Announcement, announcementSchema } from '../schemas/announcement.ts';
import { type Cluster, clusterSchema } from '../schemas/cluster.ts';
import { idPattern } from '../schemas/common.ts';
import { policyRelationProblems } from './policy-relations.ts';
import { type Notice, noticeSchema } from '../schemas/notice.ts';
import { type Policy, policySchema } from '../schemas/policy.ts';
import { type Settings, settingsSchema } from '../schemas/settings.ts';
import { type Problem, problemsFromZod } from './problems.ts';
import { COLLECTIONS, type Kind, type RawContent, type RawEntry } from './read.ts';

/** A validated entity with where it came from. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface PolicyEntry extends Entry<Policy> {
  /** Markdown body of the document. */
  body: string;
}

/** All content, validated and cross-checked. */
export interface Content {
  settings: Settings;
  policies: PolicyEntry[];
  clusters: Entry<Cluster>[];
  notices: Entry<Notice>[];
  announcements: Entry<Announcement>[];
}

export const SCHEMAS: Record<Kind, z.ZodType> = {
  policy: policySchema,
  cluster: clusterSchema,
  notice: noticeSchema,
  announcement: announcementSchema,
};

const KIND_NAMES: Record<Kind, string> = { policy: '政策文件', cluster: '集群', notice: '公示', announcement: '公布' };

/**
 * Raw HTML a policy body may contain: what tables, boxed sections and
 * emphasis need. Anything else (script, iframe, event handlers, style) is
 * refused, so a pasted document cannot carry active content.
 */
const ALLOWED_TAGS = new Set([
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'div', 'section', 'aside', 'p', 'br', 'span', 'strong', 'em', 'sup', 'sub', 'ol', 'ul', 'li',
]);
const ALLOWED_ATTRS = new Set(['class', 'id', 'colspan', 'rowspan', 'scope', 'headers', 'lang']);

function bodyProblems(file: string, body: string): Problem[] {
  const problems: Problem[] = [];
  // Blank out code (where tags are only text) but keep offsets, so line numbers stay right.
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const scan = body.replace(/```[\s\S]*?```/g, blank).replace(/`[^`\n]*`/g, blank);
  for (const m of scan.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [, closing, name, attrs] = m;
    const line = scan.slice(0, m.index).split('\n').length;
    if (!ALLOWED_TAGS.has(name.toLowerCase())) {
      if (!closing) {
        problems.push({
          file,
          field: 'body',
          message: `正文第 ${line} 行有不允许的 HTML 标签 <${name}>：正文只能用 Markdown 和表格等基本标签，请删除它`,
        });
      }
      continue;
    }
    for (const a of attrs.matchAll(/([\w:-]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      if (!ALLOWED_ATTRS.has(a[1].toLowerCase())) {
        problems.push({
          file,
          field: 'body',
          message: `正文第 ${line} 行的 <${name}> 带有不允许的属性 ${a[1]}：只能用 ${[...ALLOWED_ATTRS].join('、')}，请删除它`,
        });
      }
    }
  }
  // Link targets that would run code or smuggle a document: refused wherever they appear,
  // including entity-encoded (java&#x73;cript:) or split by whitespace.
  const decoded = scan.replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)));
  for (const m of decoded.matchAll(/(?:java|vb)\s*script\s*:|data\s*:\s*text\/html/gi)) {
    const line = decoded.slice(0, m.index).split('\n').length;
    problems.push({
      file,
      field: 'body',
      message: `正文第 ${line} 行有不安全的链接地址「${m[0]}」：链接只能指向 http(s) 网址、本站页面或电子邮箱，请删除它`,
    });
  }
  return problems;
}

/** Validates and cross-checks everything; `content` is set only when there are no problems. */
export function validateContent(raw: RawContent): { content?: Content; problems: Problem[] } {
  const problems: Problem[] = [...raw.problems];

  let settings: Settings | undefined;
  if (raw.settings) {
    const r = settingsSchema.safeParse(raw.settings.data);
    if (r.success) settings = r.data;
    else problems.push(...problemsFromZod(raw.settings.file, r.error, raw.settings.data, settingsSchema));
  }

  // Ids: valid as URLs and unique within their collection.
  const byKind = new Map<Kind, Map<string, RawEntry>>();
  const valid: RawEntry[] = [];
  for (const entry of raw.entries) {
    const seen = byKind.get(entry.kind) ?? new Map<string, RawEntry>();
    byKind.set(entry.kind, seen);
    if (!idPattern.test(entry.id)) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `文件名「${entry.id}」不能用作网址：文件名只能用小写字母、数字和连字符（例如 linqing-fangzhi），请重命名文件`,
      });
      continue;
    }
    const other = seen.get(entry.id);
    if (other) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `与 ${other.file} 同名（id 都是「${entry.id}」）：同一类内容的 id 不能重复，请重命名其中一个文件`,
      });
      continue;
    }
    seen.set(entry.id, entry);
    valid.push(entry);
  }

  const parsed: { [K in Kind]: Entry<unknown>[] } = { policy: [], cluster: [], notice: [], announcement: [] };
  for (const entry of valid) {
    const schema = SCHEMAS[entry.kind];
    const r = schema.safeParse(entry.data);
    if (!r.success) {
      problems.push(...problemsFromZod(entry.file, r.error, entry.data, schema));
      continue;
    }
    if (entry.kind === 'policy') {
      const body = entry.body ?? '';
      problems.push(...bodyProblems(entry.file, body));
      parsed.policy.push({ id: entry.id, file: entry.file, data: r.data, body } as PolicyEntry);
    } else {
      parsed[entry.kind].push({ id: entry.id, file: entry.file, data: r.data });
    }
  }

  const content = {
    settings: settings as Settings,
    policies: parsed.policy as PolicyEntry[],
    clusters: parsed.cluster as Entry<Cluster>[],
    notices: parsed.notice as Entry<Notice>[],
    announcements: parsed.announcement as Entry<Announcement>[],
  };
  problems.push(...crossProblems(content, byKind, settings));
  return problems.length > 0 ? { problems } : { content, problems };
}

/** Rules that span files: every reference resolves, every county is known, every notice closes once. */
function crossProblems(c: Content, ids: Map<Kind, Map<string, RawEntry>>, settings: Settings | undefined): Problem[] {
  const problems: Problem[] = [];
  const exists = (kind: Kind, id: string) => ids.get(kind)?.has(id) ?? false;
  const refProblem = (file: string, field: string, kind: Kind, id: string): Problem => ({
    file,
    field,
    message: `引用的${KIND_NAMES[kind]}「${id}」不存在：content/${COLLECTIONS[kind].dir}/ 中没有名为 ${id} 的文件，请核对 id 拼写，或先添加该${KIND_NAMES[kind]}`,
  });
  const checkRefs = (file: string, field: string, kind: Kind, list: readonly string[]) =>
    list.forEach((id, i) => {
      if (!exists(kind, id)) problems.push(refProblem(file, `${field}.${i}`, kind, id));
    });

  const counties = new Set(settings?.counties.map((k) => k.name) ?? []);
  const countyProblem = (file: string, field: string, name: string): Problem => ({
    file,
    field,
    message: `「${name}」不在县（市、区）名单中：请改为 ${[...counties].join('、')} 之一；如确为新设立的单位，先把它加到 content/settings.yaml 的 counties 中`,
  });

  for (const p of c.policies) {
    checkRefs(p.file, 'basis', 'policy', p.data.basis);
    checkRefs(p.file, 'supersedes', 'policy', p.data.supersedes);
    if (p.data.supersedes.includes(p.id) || p.data.basis.includes(p.id)) {
      problems.push({ file: p.file, field: 'basis', message: '文件不能以自己为依据或替代自己：请删除指向本文件的 id' });
    }
    p.data.cites.forEach((x, i) => {
      if (!exists('policy', x.policy)) problems.push(refProblem(p.file, `cites.${i}.policy`, 'policy', x.policy));
    });
    if (p.data.interprets && !exists('policy', p.data.interprets)) problems.push(refProblem(p.file, 'interprets', 'policy', p.data.interprets));
  }
  problems.push(...policyRelationProblems(c.policies));
  for (const k of c.clusters) {
    if (settings && !counties.has(k.data.county)) problems.push(countyProblem(k.file, 'county', k.data.county));
  }
  for (const n of c.notices) {
    checkRefs(n.file, 'basis', 'policy', n.data.basis);
    n.data.entries.forEach((e, i) => {
      if (e.cluster && !exists('cluster', e.cluster)) problems.push(refProblem(n.file, `entries.${i}.cluster`, 'cluster', e.cluster));
      if (e.county && settings && !counties.has(e.county)) problems.push(countyProblem(n.file, `entries.${i}.county`, e.county));
    });
  }
  const closedBy = new Map<string, Entry<Announcement>>();
  for (const a of c.announcements) {
    checkRefs(a.file, 'clusters', 'cluster', a.data.clusters);
    checkRefs(a.file, 'basis', 'policy', a.data.basis);
    const closes = a.data.closes;
    if (!closes) continue;
    if (!exists('notice', closes)) {
      problems.push(refProblem(a.file, 'closes', 'notice', closes));
      continue;
    }
    const earlier = closedBy.get(closes);
    if (earlier) {
      problems.push({
        file: a.file,
        field: 'closes',
        message: `公示「${closes}」已由 ${earlier.file} 公布结果：一次公示只能对应一次公布，请核对 closes`,
      });
    }
    closedBy.set(closes, a);
    const notice = c.notices.find((n) => n.id === closes);
    if (notice && a.data.date.length === 10 && a.data.date <= notice.data.period.to) {
      problems.push({
        file: a.file,
        field: 'date',
        message: `公布日期（${a.data.date}）不晚于所对应公示的结束日（${notice.data.period.to}）：公示期满后才能公布结果，请核对公布日期或 closes`,
      });
    }
  }
  return problems;
}
