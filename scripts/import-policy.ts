/**
 * Converts a policy document extracted as plain text (Word → text, with its
 * scars) into the Markdown body of a content/policies/ file:
 *
 *   npm run import-policy -- path/to/document.txt > content/policies/<id>.md.body
 *
 * It removes [bookmark: …] markers, unmatched ** and typesetting spaces;
 * rejoins lines broken by page breaks; turns 章/节/条 and numbered section
 * titles into headings; turns tab-separated table rows into an HTML table and
 * 专栏 boxes into boxed sections. The output must be read by eye and the
 * front matter written by hand: an importer guesses, a clerk decides.
 */
import { readFileSync } from 'node:fs';
import { escapeMarkup as escapeHtml } from '../src/format/escape.ts';
import { type NumberedStart, numberedStart, type UnitKind, unitMarker } from '../src/rules/numbering.ts';

/** The numbered unit a line starts (the grammar of src/rules/numbering.ts), when it is of one of `kinds`. */
function starts(line: string, ...kinds: UnitKind[]): NumberedStart | undefined {
  const unit = numberedStart(line);
  return unit && kinds.includes(unit.kind) ? unit : undefined;
}

/** A line that ends a sentence or clause; anything else may continue on the next line. */
const TERMINAL = /[。；：！？”’）)」』…—:;!?]$/;

/**
 * Typesetting spaces between CJK characters: a single one is letter-spacing
 * ("总 则" → "总则"); a wider gap separates two phrases and stays as one
 * ideographic space ("突出转换重点  打造…" → "突出转换重点　打造…").
 */
function closeCjkSpaces(s: string): string {
  return s
    .replace(/(?<=[\u4e00-\u9fff])(?:[ \u3000]{2,}|\u3000)(?=[\u4e00-\u9fff])/g, '\u3000')
    .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '');
}

/** Removes every space between CJK characters (table cells are letter-spaced to fit). */
function squeezeCjk(s: string): string {
  return s.replace(/(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g, '');
}

/** Drops ** that have no partner on the same line; keeps matched pairs as bold. */
function fixBold(line: string): string {
  const count = (line.match(/\*\*/g) ?? []).length;
  if (count % 2 === 0) return line;
  // Remove the last unmatched marker.
  const i = line.lastIndexOf('**');
  return line.slice(0, i) + line.slice(i + 2);
}

function clean(line: string): string {
  return fixBold(
    line
      .replace(/\[bookmark: [^\]]*\]/g, '')
      .replace(/[ \u3000\u00a0]+$/g, '')
      .replace(/^[ \u3000\u00a0]+/g, ''),
  );
}

function isShortTitle(text: string): boolean {
  // A standalone numbered title is short and has no full stop inside it.
  const inner = text.replace(/[。.]$/, '');
  return text.length <= 40 && !/[。；]/.test(inner);
}

type Block =
  | { type: 'heading'; depth: number; text: string }
  | { type: 'para'; text: string }
  | { type: 'list'; text: string }
  | { type: 'table'; rows: string[][] }
  | { type: 'box'; title: string; text: string[] };

export function importText(source: string): string {
  const raw = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const hasSections = raw.some((l) => starts(clean(l), 'section'));
  const blocks: Block[] = [];
  let i = 0;
  const open = (): Block | undefined => blocks.at(-1);
  while (i < raw.length) {
    const original = raw[i];
    // Tab-led lines are cells of a flattened table (one cell per line, blank line between rows).
    if (/^\t/.test(original.replace(/\[bookmark: [^\]]*\]/g, ''))) {
      const first = clean(original.replace(/^\t+/, ''));
      const box = starts(first, 'box');
      if (box) {
        // 专栏: a titled box whose text follows on the next non-empty lines.
        const text: string[] = [];
        i++;
        while (i < raw.length && (clean(raw[i]) === '' ? text.length === 0 : true)) {
          const l = clean(raw[i]);
          if (l === '') {
            if (text.length > 0) break;
          } else if (starts(l, 'chapter', 'section')) break;
          else text.push(l);
          i++;
        }
        blocks.push({ type: 'box', title: `${unitMarker('box', box.number)}　${closeCjkSpaces(box.rest)}`, text });
        continue;
      }
      const rows: string[][] = [];
      let row: string[] = [];
      while (i < raw.length && (raw[i].startsWith('\t') || (raw[i].trim() === '' && raw[i + 1]?.startsWith('\t')))) {
        if (raw[i].trim() === '') {
          if (row.length) rows.push(row);
          row = [];
        } else {
          row.push(squeezeCjk(clean(raw[i].replace(/^\t+/, '')).replace(/\t+/g, ' ')));
        }
        i++;
      }
      if (row.length) rows.push(row);
      blocks.push({ type: 'table', rows });
      continue;
    }
    const line = clean(original);
    i++;
    if (line === '') continue;
    const unit = numberedStart(line);
    // 章 and 节 titles and 条 numbers are headings; the text after a 条 number is its first paragraph.
    if (unit?.kind === 'chapter' || unit?.kind === 'section') {
      const depth = unit.kind === 'chapter' ? 2 : 3;
      blocks.push({
        type: 'heading',
        depth,
        text: `${unitMarker(unit.kind, unit.number)}　${closeCjkSpaces(unit.rest)}`.trim(),
      });
      continue;
    }
    if (unit?.kind === 'article') {
      blocks.push({ type: 'heading', depth: hasSections ? 4 : 3, text: unitMarker('article', unit.number) });
      if (unit.rest) blocks.push({ type: 'para', text: unit.rest });
      continue;
    }
    // A numbered part or item is a heading when it is a short title standing alone.
    const titled = unit !== undefined && unit.rest !== '' && isShortTitle(unit.rest);
    if (titled && unit.kind === 'part') {
      blocks.push({
        type: 'heading',
        depth: 2,
        text: `${unitMarker('part', unit.number)}${closeCjkSpaces(unit.rest)}`,
      });
      continue;
    }
    if (titled && unit.kind === 'item') {
      blocks.push({ type: 'heading', depth: 3, text: `${unitMarker('item', unit.number)}${unit.rest}` });
      continue;
    }
    const list = /^[-*]\s+(.*)$/.exec(line);
    const body = list ? list[1] : line;
    // An item's number is written （一） whatever brackets the source used.
    const item = starts(body, 'item');
    const text = item ? `${unitMarker('item', item.number)}${item.rest}` : body;
    const prev = open();
    // A line that follows an unfinished sentence is the rest of it, cut by a page break.
    if (
      prev &&
      (prev.type === 'para' || prev.type === 'list') &&
      !TERMINAL.test(prev.text) &&
      !list &&
      !(unit?.kind === 'item' && unit.rest !== '')
    ) {
      prev.text += text;
      continue;
    }
    blocks.push({ type: list ? 'list' : 'para', text });
  }
  return render(blocks);
}

function render(blocks: Block[]): string {
  const out: string[] = [];
  blocks.forEach((b, k) => {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.depth)} ${b.text}`, '');
        break;
      case 'para':
        out.push(b.text, '');
        break;
      case 'list':
        out.push(`- ${b.text}`);
        if (blocks[k + 1]?.type !== 'list') out.push('');
        break;
      case 'table': {
        // First row is the header; a one-cell row is a group heading; the first cell of a row names it.
        const width = Math.max(...b.rows.map((r) => r.length));
        const prev = out.length >= 2 ? out[out.length - 2] : '';
        const caption = /^[^<#|-].{0,30}表$/.test(prev) ? prev : undefined;
        if (caption) out.splice(out.length - 2, 2);
        out.push('<table>');
        if (caption) out.push(`<caption>${escapeHtml(caption)}</caption>`);
        b.rows.forEach((row, r) => {
          if (r === 0) {
            out.push(
              '<thead>',
              `<tr>${row.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`,
              '</thead>',
              '<tbody>',
            );
            return;
          }
          if (row.length === 1 && width > 1) {
            // A group heading starts its own row group.
            if (out.at(-1) !== '<tbody>') out.push('</tbody>', '<tbody>');
            out.push(`<tr><th colspan="${width}" scope="rowgroup">${escapeHtml(row[0])}</th></tr>`);
            return;
          }
          const cells = row.map((c, j) => {
            const span = j === row.length - 1 && row.length < width ? ` colspan="${width - row.length + 1}"` : '';
            return j === 0 ? `<th scope="row"${span}>${escapeHtml(c)}</th>` : `<td${span}>${escapeHtml(c)}</td>`;
          });
          out.push(`<tr>${cells.join('')}</tr>`);
        });
        out.push('</tbody>', '</table>', '');
        break;
      }
      case 'box':
        out.push('<div class="box">', '', `#### ${b.title}`, '', ...b.text.flatMap((t) => [t, '']), '</div>', '');
        break;
    }
  });
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('用法：npm run import-policy -- <纯文本文件>');
    process.exit(2);
  }
  process.stdout.write(importText(readFileSync(file, 'utf8')));
}
