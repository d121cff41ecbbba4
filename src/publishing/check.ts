/**
 * `npm run validate`: every check that needs no build, at once. Content
 * against the schemas and cross-file rules (src/content/validate.ts), the
 * redirects file, and the recorded pages of entities whose file is gone.
 */
import type { Problem } from '../content/problems.ts';
import { COLLECTIONS, KINDS, readContent } from '../content/read.ts';
import { type ScheduledItem, scheduledItems, scheduledReferenceProblems } from '../content/public.ts';
import { type Draft, validateContent } from '../content/validate.ts';
import { readManifest, readRedirects, vanishedUrls } from './urls.ts';

export interface CheckResult {
  problems: Problem[];
  /** Findings that do not stop the build (a late 政策解读). */
  warnings: Problem[];
  /** How many files of each kind were read, for the success line. */
  counts: Record<(typeof KINDS)[number], number>;
  redirects: number;
  recordedUrls?: number;
  /** Unfinished files: warnings with what each lacks; never published, never a problem. */
  drafts: Draft[];
  /** Items dated after the as-of day: valid, and published by the first build on their day (待发布). */
  scheduled: ScheduledItem[];
}

/** The URL of an entity's page. */
const entityUrl = (dir: string, id: string) => `/${dir}/${id}/`;
const ENTITY_URL = new RegExp(`^/(${KINDS.map((k) => COLLECTIONS[k].dir).join('|')})/[^/]+/$`);

export function checkContent(dir: string, asOf: string): CheckResult {
  const raw = readContent(dir);
  const { content, problems, warnings, drafts } = validateContent(raw);
  const isDraft = new Set(drafts.map((d) => d.file));
  const scheduled = content ? scheduledItems(content, asOf) : [];
  if (content) problems.push(...scheduledReferenceProblems(content, asOf));
  const counts = Object.fromEntries(
    KINDS.map((k) => [k, raw.entries.filter((e) => e.kind === k && !isDraft.has(e.file)).length]),
  ) as CheckResult['counts'];

  const redirects = readRedirects(dir);
  problems.push(...redirects.problems);

  // A renamed or deleted file is caught here already, before anyone waits for a build.
  // A file that is there but fails to parse is reported by its own problem, never as deleted.
  const manifest = readManifest(dir);
  if (manifest) {
    problems.push(...manifest.problems);
    const present = new Set(raw.files.map((e) => entityUrl(COLLECTIONS[e.kind].dir, e.id)));
    problems.push(
      ...vanishedUrls(
        manifest.entries.filter((e) => ENTITY_URL.test(e.url)),
        present,
        redirects.map,
        dir,
        asOf,
      ),
    );
  }
  return {
    problems,
    warnings,
    counts,
    redirects: redirects.map.size,
    recordedUrls: manifest?.entries.length,
    drafts,
    scheduled,
  };
}
