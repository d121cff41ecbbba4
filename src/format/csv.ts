/**
 * CSV the way spreadsheet users open it: UTF-8 with a byte-order mark (so
 * Excel on Chinese Windows shows Chinese, not mojibake), CRLF line ends,
 * RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
 * The reader side accepts what the bureau's own spreadsheets save: UTF-8
 * with or without BOM, or GB18030 (Excel's “CSV (逗号分隔)” on Chinese Windows).
 */

/** The UTF-8 byte-order mark, as a string prefix. */
export const BOM = '\uFEFF';

/**
 * Cells that start with these characters are formulas to Excel, LibreOffice
 * and Google Sheets (=, +, -, @) or can smuggle one in (tab, CR). Content
 * comes from counties and is untrusted, so such a cell gets a leading
 * apostrophe: the spreadsheet then shows it as text (OWASP “CSV injection”).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value made safe for spreadsheets, then quoted where RFC 4180 requires. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Numbers are written by us, not typed by a county: a negative profit stays a number.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header row, data rows, CRLF after every row. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/**
 * Parses CSV text into rows of strings (RFC 4180: quoted fields may hold
 * commas, quotes and line breaks). A leading BOM is dropped. Throws on a
 * quote that is never closed, naming the line it opened on.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' && cell === '') {
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`第 ${openedOn} 行的引号没有闭合`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (src[i] === '\n') line++;
        cell += src[i++];
      }
      continue;
    }
    if (ch === ',') {
      row.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The encoding of a CSV file's bytes: UTF-8 when they are valid UTF-8, else GB18030 (which includes GBK), as Excel saves CSV on Chinese Windows. */
export function csvEncoding(bytes: Uint8Array): 'utf-8' | 'gb18030' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Decodes a CSV file's bytes in their encoding (csvEncoding). */
export function decodeCsv(bytes: Uint8Array): string {
  return new TextDecoder(csvEncoding(bytes)).decode(bytes);
}
