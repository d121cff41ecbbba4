/**
 * An attachment form (e.g. the 申请表 of the 管理办法) read from the HTML
 * table in a policy body: its cover lines, the lines before the table, and
 * the table's cells with their spans and positions. The same model gives
 * the downloadable document (docx.ts) and the header associations that make
 * each blank cell of the web table announce what is to be filled in.
 * Policy bodies only contain the tags validate.ts allows, so a small
 * tag-level reader is enough here.
 */

export interface FormCell {
  header: boolean;
  /** The scope attribute of a header cell (row, col, rowgroup, colgroup). */
  scope?: string;
  /** Text with line breaks (<br>) as \n. */
  text: string;
  colspan: number;
  rowspan: number;
  /** Grid position of the top-left corner (0-based). */
  row: number;
  col: number;
}

export interface FormTable {
  id: string;
  caption?: string;
  rows: FormCell[][];
  /** Number of grid columns. */
  columns: number;
}

export interface FormDocument {
  /** Centered lines of a cover page (a <div class="form-cover"> block), if the form has one. */
  cover: string[];
  /** Lines between the cover and the table, e.g. 申报单位（盖章）：. */
  before: string[];
  table: FormTable;
}

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(attrs)?.[1];

function cellText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

/** Reads the table with this id from a policy body; undefined when there is none. */
export function readFormTable(body: string, id: string): FormTable | undefined {
  const m = new RegExp(
    `<table\\b[^>]*\\bid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</table>`,
  ).exec(body);
  if (!m) return undefined;
  const inner = m[1];
  const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/i.exec(inner)?.[1];
  const rows: FormCell[][] = [];
  // Cells covered by a rowspan from above, per row: the grid columns already taken.
  const taken: Set<number>[] = [];
  let r = 0;
  for (const tr of inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const row: FormCell[] = [];
    const busy = (taken[r] ??= new Set());
    let col = 0;
    for (const c of tr[1].matchAll(/<(th|td)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
      while (busy.has(col)) col++;
      const colspan = Number(attr(c[2], 'colspan') ?? 1);
      const rowspan = Number(attr(c[2], 'rowspan') ?? 1);
      row.push({
        header: c[1].toLowerCase() === 'th',
        scope: attr(c[2], 'scope'),
        text: cellText(c[3]),
        colspan,
        rowspan,
        row: r,
        col,
      });
      for (let dr = 1; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) (taken[r + dr] ??= new Set()).add(col + dc);
      col += colspan;
    }
    rows.push(row);
    r++;
  }
  const columns = Math.max(
    ...rows.map((row, i) =>
      Math.max(0, ...row.map((c) => c.col + c.colspan), ...[...(taken[i] ?? [])].map((x) => x + 1)),
    ),
  );
  return { id, caption: caption ? cellText(caption) : undefined, rows, columns };
}

/** Paragraph lines of a Markdown fragment, without markup. */
function lines(fragment: string): string[] {
  return fragment
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/<[^>]+>/g, '')
        .replace(/\s*\n\s*/g, '')
        .trim(),
    )
    .filter(Boolean);
}

/** The form around the table: its cover block and the lines between the last heading and the table. */
export function readFormDocument(body: string, id: string): FormDocument | undefined {
  const table = readFormTable(body, id);
  if (!table) return undefined;
  const at = body.search(new RegExp(`<table\\b[^>]*\\bid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  const head = body.slice(0, at);
  const start = Math.max(0, ...[...head.matchAll(/^#{2,6} .*$/gm)].map((m) => m.index! + m[0].length));
  let section = head.slice(start).replace(/<div class="table-scroll">\s*$/, '');
  let cover: string[] = [];
  const coverBlock = /<div class="form-cover">([\s\S]*?)<\/div>/.exec(section);
  if (coverBlock) {
    cover = lines(coverBlock[1]);
    section = section.slice(coverBlock.index + coverBlock[0].length);
  }
  return { cover, before: lines(section), table };
}

/**
 * For each data cell, the ids of the header cells that describe it (the
 * HTML `headers` attribute): the column headers stacked directly above it
 * (scope col/colgroup, e.g. 总数 under 企业户数) and the nearest row header
 * to its left in its row (scope row/rowgroup, e.g. 产业集群名称). A data
 * cell directly above stops the upward search, so a later block of the form
 * never borrows the headers of an earlier one.
 */
export function headerIds(table: FormTable): Map<FormCell, string[]> {
  const grid: (FormCell | undefined)[][] = [];
  for (const row of table.rows)
    for (const cell of row)
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) (grid[cell.row + dr] ??= [])[cell.col + dc] = cell;
  const isColumnHeader = (c: FormCell | undefined): c is FormCell =>
    !!c?.header && (c.scope === 'col' || c.scope === 'colgroup');
  const isRowHeader = (c: FormCell | undefined): c is FormCell =>
    !!c?.header && (c.scope === 'row' || c.scope === 'rowgroup');
  const result = new Map<FormCell, string[]>();
  for (const row of table.rows) {
    for (const cell of row) {
      if (cell.header) continue;
      const found = new Set<FormCell>();
      for (let dc = 0; dc < cell.colspan; dc++) {
        let r = cell.row - 1;
        let h = grid[r]?.[cell.col + dc];
        while (isColumnHeader(h)) {
          found.add(h);
          r = h.row - 1;
          h = grid[r]?.[cell.col + dc];
        }
      }
      for (let c = cell.col - 1; c >= 0; c--) {
        const h = grid[cell.row]?.[c];
        if (isRowHeader(h)) {
          found.add(h);
          break;
        }
      }
      result.set(
        cell,
        [...found].sort((a, b) => a.row - b.row || a.col - b.col).map((h) => headerId(table, h)),
      );
    }
  }
  return result;
}

/** The id given to a header cell: the table's id and the cell's grid place. */
export function headerId(table: FormTable, cell: FormCell): string {
  return `${table.id}-h${cell.row}-${cell.col}`;
}

/**
 * Writes the header associations into every form table of a body
 * (<table class="form-table" id="…">): an id on each header cell and a
 * `headers` list on each data cell, computed by headerIds. Run on the
 * validated body just before it is rendered.
 */
export function withFormHeaders(body: string): string {
  return body.replace(/<table\b([^>]*)>([\s\S]*?)<\/table>/gi, (whole, attrs: string, inner: string) => {
    const id = attr(attrs, 'id');
    if (!id || !/\bform-table\b/.test(attr(attrs, 'class') ?? '')) return whole;
    const table = readFormTable(whole, id);
    if (!table) return whole;
    const headers = headerIds(table);
    const cells = table.rows.flat();
    let i = 0;
    const rewritten = inner.replace(/<(th|td)\b([^>]*)>/gi, (tag, name: string, rest: string) => {
      const cell = cells[i++];
      if (!cell || /\b(id|headers)\s*=/.test(rest)) return tag;
      if (cell.header) return `<${name} id="${headerId(table, cell)}"${rest}>`;
      const list = headers.get(cell) ?? [];
      return list.length ? `<${name} headers="${list.join(' ')}"${rest}>` : tag;
    });
    return `<table${attrs}>${rewritten}</table>`;
  });
}
