/**
 * A readable comparison of two versions of a policy file: which metadata
 * fields changed (with their Chinese labels) and which paragraphs of the
 * text changed, each placed under the article it belongs to, with the
 * changed characters marked. Build-time only (uses the outline, i.e. Sätteri).
 */
import { diffArrays, diffChars } from 'diff';
import { parse } from 'yaml';
import { fieldsText } from '../i18n/fields.ts';
import { policyText } from '../i18n/policy.ts';
import { unitLabel } from '../rules/citation.ts';
import { outlineOf } from '../markdown/outline.ts';

/** A metadata field that differs between two versions. */
export interface FieldChange {
  field: string;
  label: string;
  before?: string;
  after?: string;
}

/** A run of text that is the same, removed or added. */
export interface Piece {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** One paragraph (or heading, list item, table) of the comparison. */
export interface BlockChange {
  kind: 'same' | 'removed' | 'added' | 'changed';
  /** Where it is: the anchor of the article it belongs to, and that article's label. */
  anchor?: string;
  unit?: string;
  /** For 'same', 'removed' and 'added': the paragraph; for 'changed': its pieces. */
  text: string;
  pieces?: Piece[];
}

export interface Comparison {
  fields: FieldChange[];
  blocks: BlockChange[];
  /** Short names of what changed, for a version list: field labels, then article labels. */
  summary: string[];
}

/** Splits a policy file into its front matter (parsed) and its Markdown body. */
export function splitPolicyFile(text: string): { data: Record<string, unknown>; body: string } {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(normal);
  if (!m) return { data: {}, body: normal };
  const data = parse(m[1]) as unknown;
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: normal.slice(m[0].length),
  };
}

/** A front-matter value as one line of text; `field` names the labels of nested keys (cites[].at …). */
function show(value: unknown, field = ''): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((v) => show(v, `${field}[]`) ?? '').join('、');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldsText[`${field}.${k}`] ?? fieldsText[k] ?? k}：${show(v, `${field}.${k}`) ?? ''}`)
      .join('；');
  }
  return String(value);
}

export function compareFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((field) => {
    const a = show(before[field], field);
    const b = show(after[field], field);
    return a === b ? [] : [{ field, label: fieldsText[field] ?? field, before: a, after: b }];
  });
}

/** A paragraph's words without Markdown or HTML syntax. */
function plain(source: string): string {
  return source
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/(td|th)>/gi, ' ')
    .replace(/<\/(tr|caption)>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[ \t\n]+/g, ' ')
    .trim();
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The body as a list of paragraphs, headings and list items, in reading order. */
export function blocksOf(body: string): string[] {
  const blocks: string[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    const lines = chunk.split('\n');
    if (LIST_ITEM.test(lines[0])) {
      // One block per list item, continuation lines joined to their item.
      let item: string[] = [];
      for (const line of lines) {
        if (LIST_ITEM.test(line) && item.length) {
          blocks.push(plain(item.join('\n')));
          item = [];
        }
        item.push(line);
      }
      blocks.push(plain(item.join('\n')));
    } else {
      blocks.push(plain(chunk));
    }
  }
  return blocks.filter(Boolean);
}

/** For each block, the article it belongs to (the last anchored unit at or before it). */
function placeBlocks(body: string, blocks: string[]): { anchor?: string; unit?: string }[] {
  const units = outlineOf(body).map((u) => ({ ...u, text: u.text.replace(/\s+/g, ' ').trim() }));
  const labels = new Map(units.map((u) => [u.id, unitLabel(u.id, u.heading ? u.text : undefined)]));
  let next = 0;
  let current: string | undefined;
  return blocks.map((text) => {
    // Units appear in the same order as blocks; look a few ahead so an unmatched block cannot derail the walk.
    for (let i = next; i < Math.min(units.length, next + 4); i++) {
      if (units[i].text === text) {
        current = units[i].id;
        next = i + 1;
        break;
      }
    }
    return { anchor: current, unit: current ? labels.get(current) : undefined };
  });
}

/** How much two paragraphs share, 0–1, to decide whether one was edited into the other. */
function similarity(a: string, b: string): number {
  const same = diffChars(a, b)
    .filter((p) => !p.added && !p.removed)
    .reduce((n, p) => n + p.value.length, 0);
  return (2 * same) / Math.max(1, a.length + b.length);
}

function pieces(a: string, b: string): Piece[] {
  return diffChars(a, b).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}

/** Compares two versions of a policy file (front matter and Markdown). */
export function compareVersions(beforeText: string, afterText: string): Comparison {
  const before = splitPolicyFile(beforeText);
  const after = splitPolicyFile(afterText);
  const fields = compareFields(before.data, after.data);
  const oldBlocks = blocksOf(before.body);
  const newBlocks = blocksOf(after.body);
  const oldPlaces = placeBlocks(before.body, oldBlocks);
  const newPlaces = placeBlocks(after.body, newBlocks);

  const blocks: BlockChange[] = [];
  let i = 0;
  let j = 0;
  const parts = diffArrays(oldBlocks, newBlocks);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (!part.added && !part.removed) {
      for (const text of part.value) {
        blocks.push({ kind: 'same', text, ...newPlaces[j++] });
        i++;
      }
      continue;
    }
    // A removal followed by an addition: pair paragraphs that were edited rather than replaced.
    const removed = part.removed ? part.value : [];
    const added = part.removed && parts[k + 1]?.added ? parts[++k].value : part.added ? part.value : [];
    // Paragraphs not paired are shown together: what went, then what came.
    let gone: BlockChange[] = [];
    let came: BlockChange[] = [];
    const flush = () => {
      blocks.push(...gone, ...came);
      gone = [];
      came = [];
    };
    const n = Math.max(removed.length, added.length);
    for (let m = 0; m < n; m++) {
      const a = removed[m];
      const b = added[m];
      if (a !== undefined && b !== undefined && similarity(a, b) >= 0.4) {
        flush();
        blocks.push({ kind: 'changed', text: b, pieces: pieces(a, b), ...newPlaces[j++] });
        i++;
        continue;
      }
      if (a !== undefined) gone.push({ kind: 'removed', text: a, ...oldPlaces[i++] });
      if (b !== undefined) came.push({ kind: 'added', text: b, ...newPlaces[j++] });
    }
    flush();
  }

  const units = [...new Set(blocks.filter((b) => b.kind !== 'same').map((b) => b.unit ?? policyText.text))];
  return { fields, blocks, summary: [...fields.map((f) => f.label), ...units] };
}
