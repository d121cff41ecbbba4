/**
 * The merged cells of an XLSX sheet. The reader the importer uses gives a
 * merged range's value in its top-left cell only and leaves the rest empty,
 * so a county merged over three rows would read as two empty counties. The
 * ranges are in the sheet's XML (<mergeCell ref="C3:C5"/>), read here from
 * the ZIP with node:zlib: a small reader of the central directory, enough
 * for the files Excel and WPS write.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits.ts';

/** A merged range, 0-based and inclusive: rows top..bottom, columns left..right. */
export interface MergeRange {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The files of a ZIP archive, by name, inflated on demand. */
function unzip(buffer: Buffer): Map<string, () => Buffer> {
  const files = new Map<string, () => Buffer>();
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--)
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return files;
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && p + 46 <= buffer.length && buffer.readUInt32LE(p) === 0x02014b50; n++) {
    const method = buffer.readUInt16LE(p + 10);
    const size = buffer.readUInt32LE(p + 20);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extra = buffer.readUInt16LE(p + 30);
    const comment = buffer.readUInt16LE(p + 32);
    const local = buffer.readUInt32LE(p + 42);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    files.set(name, () => {
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      const data = buffer.subarray(start, start + size);
      // Bounded like the spreadsheet itself (spreadsheet-limits.ts), should this ever run on a file that skipped that check.
      return method === 8
        ? inflateRawSync(data, { maxOutputLength: SPREADSHEET_LIMITS.unpackedBytes })
        : Buffer.from(data);
    });
    p += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
const column = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

function cellAddress(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: column(m[1]) } : undefined;
}

/** The path of a sheet inside the archive: the named one, or the first in the workbook's order. */
function sheetPath(files: Map<string, () => Buffer>, sheet?: string): string | undefined {
  const workbook = files.get('xl/workbook.xml')?.().toString('utf8') ?? '';
  const rels = files.get('xl/_rels/workbook.xml.rels')?.().toString('utf8') ?? '';
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: /\bname="([^"]*)"/.exec(m[0])?.[1],
    rid: /\br:id="([^"]*)"/.exec(m[0])?.[1],
  }));
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!chosen?.rid) return undefined;
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${chosen.rid}"`));
  const target = rel && /\bTarget="([^"]*)"/.exec(rel[0])?.[1];
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The merged ranges of the sheet (first, or named); none when the file cannot be read as a ZIP. */
export function readMergeRanges(path: string, sheet?: string): MergeRange[] {
  let files: Map<string, () => Buffer>;
  try {
    files = unzip(readFileSync(path));
  } catch {
    return [];
  }
  const target = sheetPath(files, sheet);
  const xml = target ? (files.get(target)?.().toString('utf8') ?? '') : '';
  return [...xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z$]+\d+):([A-Z$]+\d+)"/g)].flatMap((m) => {
    const a = cellAddress(m[1].replace(/\$/g, ''));
    const b = cellAddress(m[2].replace(/\$/g, ''));
    if (!a || !b) return [];
    return [
      {
        ref: `${m[1]}:${m[2]}`.replace(/\$/g, ''),
        top: Math.min(a.row, b.row),
        left: Math.min(a.col, b.col),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.col, b.col),
      },
    ];
  });
}
