/**
 * Validates raw content: every file against its entity's schema, ids as
 * URLs and unique, then the rules that span files, one module per entity
 * (checks/). Every problem is collected, so one run reports all of them;
 * nothing is returned unless everything is valid.
 */
import type { z } from 'astro/zod';
import { type Announcement, announcementSchema } from '../schemas/announcement.ts';
import { type Benchmark, benchmarkSchema } from '../schemas/benchmark.ts';
import { type Cluster, clusterSchema } from '../schemas/cluster.ts';
import { type Consultation, consultationSchema } from '../schemas/consultation.ts';
import { idPattern } from '../schemas/common.ts';
import { type Notice, noticeSchema } from '../schemas/notice.ts';
import { policySchema } from '../schemas/policy.ts';
import { type PoolList, poolListSchema } from '../schemas/pool.ts';
import { type Settings, settingsSchema } from '../schemas/settings.ts';
import { type Target, targetSchema } from '../schemas/target.ts';
import { type Guide, guideSchema } from '../schemas/writing.ts';
import { announcementProblems } from './checks/announcement.ts';
import { benchmarkProblems } from './checks/benchmark.ts';
import { clusterProblems } from './checks/cluster.ts';
import { filesProblems } from './checks/files.ts';
import { limitProblems } from './checks/limits.ts';
import { consultationProblems } from './checks/consultation.ts';
import { indexNumberProblems } from './checks/index-number.ts';
import { interpretationWarnings } from './checks/interpretation.ts';
import { mdxProblems } from './checks/mdx.ts';
import { noticeProblems } from './checks/notice.ts';
import { policyProblems } from './checks/policy.ts';
import { poolProblems } from './checks/pool.ts';
import { References } from './checks/references.ts';
import { settingsProblems } from './checks/settings.ts';
import { targetProblems } from './checks/target.ts';
import type { Content, Entry, PolicyEntry, WritingEntry } from './entries.ts';
import { fieldName, type Problem, problemsFromZod } from './problems.ts';
import type { Kind, RawContent, RawDraft, RawEntry } from './read.ts';

export type { Content, Entry, PolicyEntry } from './entries.ts';

/** An unfinished file, as validate lists it: a warning, never published, never blocking. */
export interface Draft {
  kind: Kind;
  id: string;
  file: string;
  /** What is still missing or wrong, one line each: the ✎ lines, then what the schema would refuse. */
  missing: string[];
}

/** The clusters a draft announcement names: held back with it when nothing published names them. */
function draftClusters(draft: RawDraft): string[] {
  const data = draft.data as { clusters?: unknown } | undefined;
  return draft.kind === 'announcement' && Array.isArray(data?.clusters)
    ? data.clusters.filter((c): c is string => typeof c === 'string')
    : [];
}

/** Every id a published (not draft) file names, of any kind: a cluster named here is not held back. */
function namedByPublished(entries: readonly RawEntry[]): Set<string> {
  const named = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') named.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const e of entries) if (e.kind !== 'cluster' && e.kind !== 'policy') visit(e.data);
  return named;
}

/**
 * Sets drafts aside: the unfinished files read.ts found, and the new
 * cluster files only a draft announcement names (written by the same
 * import, published with it). Each gets the list of what it still lacks.
 */
function setDraftsAside(raw: RawContent): { entries: RawEntry[]; drafts: Draft[]; draftIds: Map<Kind, Set<string>> } {
  const named = namedByPublished(raw.entries);
  const heldWith = new Map<string, string>();
  for (const d of raw.drafts ?? []) for (const id of draftClusters(d)) if (!named.has(id)) heldWith.set(id, d.file);
  const drafts: Draft[] = [];
  const draftIds = new Map<Kind, Set<string>>();
  const mark = (kind: Kind, id: string) => draftIds.set(kind, (draftIds.get(kind) ?? new Set()).add(id));
  for (const d of raw.drafts ?? []) {
    const missing = [...d.hints, ...d.problems.map((p) => p.message)];
    if (d.data !== undefined) {
      const r = SCHEMAS[d.kind].safeParse(d.data);
      if (!r.success)
        missing.push(
          ...problemsFromZod(d.file, r.error, d.data, SCHEMAS[d.kind]).map(
            (p) => `${fieldName(p.field, p.file)}：${p.message}`,
          ),
        );
    }
    drafts.push({ kind: d.kind, id: d.id, file: d.file, missing: [...new Set(missing)] });
    mark(d.kind, d.id);
  }
  const entries = raw.entries.filter((e) => {
    const draft = e.kind === 'cluster' ? heldWith.get(e.id) : undefined;
    if (!draft) return true;
    drafts.push({
      kind: e.kind,
      id: e.id,
      file: e.file,
      missing: [`随草稿 ${draft} 一起发布：那份公布完成后，本文件才会发布`],
    });
    mark(e.kind, e.id);
    return false;
  });
  return { entries, drafts, draftIds };
}

/** The schema of each kind of content file. */
export const SCHEMAS: Record<Kind, z.ZodType> = {
  policy: policySchema,
  cluster: clusterSchema,
  notice: noticeSchema,
  announcement: announcementSchema,
  pool: poolListSchema,
  benchmark: benchmarkSchema,
  target: targetSchema,
  guide: guideSchema,
  consultation: consultationSchema,
};

/** The rules that span files, one per entity, run once every file has passed its schema. */
const CROSS_FILE_CHECKS: ((c: Content, refs: References, dir: string) => Problem[])[] = [
  policyProblems,
  clusterProblems,
  noticeProblems,
  announcementProblems,
  poolProblems,
  benchmarkProblems,
  targetProblems,
  settingsProblems,
  filesProblems,
  limitProblems,
  consultationProblems,
  indexNumberProblems,
  mdxProblems,
];

/** Findings that do not stop the build but that the clerk is told of (npm run validate lists them). */
const WARNINGS: ((c: Content) => Problem[])[] = [interpretationWarnings];

/**
 * Validates and cross-checks everything; `content` is set only when there
 * are no problems. `warnings` are computed for valid content only; `drafts`
 * are the unfinished files, set aside.
 */
export function validateContent(raw: RawContent): {
  content?: Content;
  problems: Problem[];
  warnings: Problem[];
  drafts: Draft[];
} {
  const problems: Problem[] = [...raw.problems];
  const { entries, drafts, draftIds } = setDraftsAside(raw);

  let settings: Settings | undefined;
  if (raw.settings) {
    const r = settingsSchema.safeParse(raw.settings.data);
    if (r.success) settings = r.data;
    else problems.push(...problemsFromZod(raw.settings.file, r.error, raw.settings.data, settingsSchema));
  }

  // Ids: valid as URLs and unique within their collection.
  const byKind = new Map<Kind, Map<string, RawEntry>>();
  const valid: RawEntry[] = [];
  for (const entry of entries) {
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

  const parsed: { [K in Kind]: Entry<unknown>[] } = {
    policy: [],
    cluster: [],
    notice: [],
    announcement: [],
    pool: [],
    benchmark: [],
    target: [],
    guide: [],
    consultation: [],
  };
  for (const entry of valid) {
    const schema = SCHEMAS[entry.kind];
    const r = schema.safeParse(entry.data);
    if (!r.success) {
      problems.push(...problemsFromZod(entry.file, r.error, entry.data, schema));
      continue;
    }
    if (entry.body !== undefined) {
      const withBody = {
        id: entry.id,
        file: entry.file,
        data: r.data,
        body: entry.body,
        bodyLine: entry.bodyLine ?? 0,
      };
      parsed[entry.kind].push((entry.mdx ? { ...withBody, mdx: true } : withBody) as Entry<unknown>);
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
    pools: parsed.pool as Entry<PoolList>[],
    benchmarks: parsed.benchmark as Entry<Benchmark>[],
    targets: parsed.target as Entry<Target>[],
    guides: parsed.guide as WritingEntry<Guide>[],
    consultations: parsed.consultation as WritingEntry<Consultation>[],
  };
  // A file that is there but does not parse is reported once, by its own problem: references to it are not "missing".
  const ids = new Map([...byKind].map(([kind, seen]) => [kind, new Set(seen.keys())]));
  for (const f of raw.files ?? []) {
    if (draftIds.get(f.kind)?.has(f.id)) continue;
    const set = ids.get(f.kind) ?? new Set<string>();
    set.add(f.id);
    ids.set(f.kind, set);
  }
  const refs = new References(ids, settings, raw.settings?.file, draftIds);
  for (const check of CROSS_FILE_CHECKS) problems.push(...check(content, refs, raw.dir));
  if (problems.length > 0) return { problems, warnings: [], drafts };
  return { content, problems, warnings: WARNINGS.flatMap((w) => w(content)), drafts };
}
