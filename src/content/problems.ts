/**
 * Every content error is a Problem: which file, which field, what rule it
 * breaks and how to fix it, in plain Chinese for the clerk who edits content.
 * One formatter prints them all at once, so one build shows every problem.
 */
import type { z } from 'astro/zod';
import { fieldsText } from '../i18n/fields.ts';

export interface Problem {
  /** Path of the offending file relative to the repository, e.g. content/clusters/x.yaml. */
  file: string;
  /** Dotted path of the field inside the file ('' for the whole file). */
  field: string;
  /** The rule that is broken and how to fix it, as one or two sentences. */
  message: string;
}

/**
 * The label of a field path, e.g. "period.to" in a notice → "period.to（公示结束日）".
 * A label keyed by content folder ("notices/period") wins over a plain one.
 */
export function fieldName(field: string, file = ''): string {
  if (!field) return '（整个文件）';
  const key = field.replace(/\.\d+(?=\.|$)/g, '[]');
  const last = key.split('.').at(-1) ?? key;
  const folder = /(?:^|\/)(policies|clusters|notices|announcements)\//.exec(file)?.[1];
  const label =
    (folder && fieldsText[`${folder}/${key}`]) ??
    fieldsText[key] ??
    fieldsText[last] ??
    fieldsText[last.replace(/\[\]$/, '')];
  return label ? `${field}（${label}）` : field;
}

/** Reads the value at a path in raw (unvalidated) data, to tell "missing" from "wrong". */
function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let node: unknown = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Edit distance, to suggest the field a misspelt key was meant to be. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** Known keys of the object schema at a path, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: PropertyKey[]): string[] {
  // Walk the schema's public shape where it is an object; give up quietly elsewhere.
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 8 && cur?.def; i++) {
      const def = cur.def;
      if (def.type === 'object') return cur;
      cur = (def.innerType ?? def.in ?? def.schema ?? def.element) as typeof cur;
    }
    return cur;
  };
  node = unwrap(node);
  for (const key of path) {
    const def = (node as { def?: Record<string, unknown> })?.def;
    if (!def) return [];
    if (def.type === 'object') node = unwrap((def.shape as Record<string, unknown>)[key as string]);
    else if (def.type === 'array') node = unwrap(def.element);
    else return [];
  }
  const def = (node as { def?: Record<string, unknown> })?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** Turns a zod failure into Problems, one per issue, with missing fields and unknown keys explained. */
export function problemsFromZod(file: string, error: z.ZodError, raw: unknown, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    const field = path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        const near = known
          .map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) }))
          .filter(({ d }) => d <= Math.max(2, Math.floor(key.length / 3)))
          .sort((a, b) => a.d - b.d)[0];
        const where = field ? `${field}.${key}` : key;
        problems.push({
          file,
          field: where,
          message: near
            ? `不认识的字段「${key}」：可能是「${near.k}」的笔误，请改正拼写`
            : `不认识的字段「${key}」：本类内容没有这个字段，请删除它或检查拼写（可用的字段：${known.join('、')}）`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_type' && valueAt(raw, path) === undefined) {
      const key = String(path.at(-1) ?? field);
      problems.push({ file, field, message: `缺少必填字段：请在文件中加上「${key}: …」这一项` });
      continue;
    }
    problems.push({ file, field, message: issue.message });
  }
  return problems;
}

/** One block of text listing every problem, grouped by file, for the console and the build log. */
export function formatProblems(problems: readonly Problem[], heading?: string): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [heading ?? `内容检查发现 ${problems.length} 个问题，网站未生成。请逐条修改后重新生成：`];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `✗ ${file}`);
    for (const p of list) lines.push(`  · ${fieldName(p.field, p.file)}：${p.message}`);
  }
  return lines.join('\n');
}

/** Thrown when content does not validate; its message is the formatted list. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The list is the whole story for the person fixing content; a code stack would only bury it.
    this.stack = this.message;
  }
}
