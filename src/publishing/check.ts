/**
 * `npm run validate`: every check that needs no build, at once. Content
 * against the schemas and cross-file rules (src/content/validate.ts), the
 * redirects file, and the recorded pages of entities whose file is gone.
 */
import type { Problem } from '../content/problems.ts';
import { COLLECTIONS, KINDS, readContent } from '../content/read.ts';
import { validateContent } from '../content/validate.ts';
import { readManifest, readRedirects, vanishedUrls } from './urls.ts';

export interface CheckResult {
  problems: Problem[];
  /** Findings that do not stop the build (a late 政策解读). */
  warnings: Problem[];
  /** How many files of each kind were read, for the success line. */
  counts: Record<(typeof KINDS)[number], number>;
  redirects: number;
  recordedUrls?: number;
}

/** The URL of an entity's page. */
const entityUrl = (dir: string, id: string) => `/${dir}/${id}/`;
const ENTITY_URL = new RegExp(`^/(${KINDS.map((k) => COLLECTIONS[k].dir).join('|')})/[^/]+/$`);

export function checkContent(dir: string, asOf: string): CheckResult {
  const raw = readContent(dir);
  const { problems, warnings } = validateContent(raw);
  const counts = Object.fromEntries(
    KINDS.map((k) => [k, raw.entries.filter((e) => e.kind === k).length]),
  ) as CheckResult['counts'];

  const redirects = readRedirects(dir);
  problems.push(...redirects.problems);

  // A renamed or deleted file is caught here already, before anyone waits for a build.
  const manifest = readManifest(dir);
  if (manifest) {
    const present = new Set(raw.entries.map((e) => entityUrl(COLLECTIONS[e.kind].dir, e.id)));
    problems.push(
      ...vanishedUrls(
        manifest.filter((u) => ENTITY_URL.test(u)),
        present,
        redirects.map,
        dir,
        asOf,
      ),
    );
  }
  return { problems, warnings, counts, redirects: redirects.map.size, recordedUrls: manifest?.length };
}
