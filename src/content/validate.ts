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
import { type Problem, problemsFromZod } from './problems.ts';
import type { Kind, RawContent, RawEntry } from './read.ts';

export type { Content, Entry, PolicyEntry } from './entries.ts';

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
  consultationProblems,
  indexNumberProblems,
  mdxProblems,
];

/** Findings that do not stop the build but that the clerk is told of (npm run validate lists them). */
const WARNINGS: ((c: Content) => Problem[])[] = [interpretationWarnings];

/**
 * Validates and cross-checks everything; `content` is set only when there
 * are no problems. `warnings` are computed for valid content only.
 */
export function validateContent(raw: RawContent): { content?: Content; problems: Problem[]; warnings: Problem[] } {
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
  const ids = new Map([...byKind].map(([kind, seen]) => [kind, new Set(seen.keys())]));
  const refs = new References(ids, settings, raw.settings?.file);
  for (const check of CROSS_FILE_CHECKS) problems.push(...check(content, refs, raw.dir));
  if (problems.length > 0) return { problems, warnings: [] };
  return { content, problems, warnings: WARNINGS.flatMap((w) => w(content)) };
}
