import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/publishing/import-list.ts';
import { csvLimitProblem, SPREADSHEET_LIMITS, xlsxLimitProblem } from '../../src/publishing/spreadsheet-limits.ts';
import { siteWith } from './fixture-site.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import');

/** A zip whose one sheet unpacks to `size` bytes of XML with `rows` rows. */
function xlsx(rows: number, padding = 0): Uint8Array {
  const sheet = new TextEncoder().encode(
    `<worksheet><sheetData>${'<row r="1"><c/></row>'.repeat(rows)}</sheetData></worksheet>`,
  );
  const parts: Record<string, Uint8Array> = { 'xl/worksheets/sheet1.xml': sheet };
  // The padding is a second part of zeros: it compresses about a thousandfold, as in a real zip bomb.
  if (padding) parts['xl/media/image1.bin'] = new Uint8Array(padding);
  return zipSync(parts, { level: 1 });
}
let bombBytes: Uint8Array | undefined;
/** 60 MB unpacked, stored in well under 1 MB. */
const bomb = () => (bombBytes ??= xlsx(1, 60 * 1024 * 1024));

describe('a spreadsheet is measured before it is parsed', { timeout: 60_000 }, () => {
  it('a zip bomb: a small file that unpacks past the limit is refused, counting stops at the limit', () => {
    expect(bomb().length).toBeLessThan(1024 * 1024);
    expect(xlsxLimitProblem(bomb())).toBe('解压后超过 50 MB（可能是“压缩炸弹”或嵌入了大量图片）');
    // The same archive passes a limit above what it unpacks to: the count is of real bytes, not the header's claim.
    expect(xlsxLimitProblem(bomb(), { ...SPREADSHEET_LIMITS, unpackedBytes: 61 * 1024 * 1024 })).toBeUndefined();
  });

  it('too many rows', () => {
    expect(xlsxLimitProblem(xlsx(SPREADSHEET_LIMITS.rows + 1))).toBe(`工作表超过 ${SPREADSHEET_LIMITS.rows} 行`);
    expect(xlsxLimitProblem(xlsx(SPREADSHEET_LIMITS.rows))).toBeUndefined();
    expect(csvLimitProblem(new TextEncoder().encode('a\n'.repeat(SPREADSHEET_LIMITS.rows + 1)))).toBe(
      `超过 ${SPREADSHEET_LIMITS.rows} 行`,
    );
  });

  it('real lists pass; a broken archive is named as broken', () => {
    expect(xlsxLimitProblem(readFileSync(join(fixtures, 'list-good.xlsx')))).toBeUndefined();
    expect(xlsxLimitProblem(readFileSync(join(fixtures, 'list-truncated.xlsx')))).toBe(
      '文件不是有效的 XLSX，可能已损坏或不完整',
    );
  });

  it('the importer refuses the bomb with the file and the fix', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lc-bomb-')), 'list.xlsx');
    writeFileSync(path, bomb());
    await expect(readSpreadsheet(path)).rejects.toThrow(
      /^无法导入 .*list\.xlsx：解压后超过 50 MB（可能是“压缩炸弹”或嵌入了大量图片）。一份名单不会这么大/,
    );
  });

  it('a GB18030 CSV is converted, and the importer says so', () => {
    const r = spawnSync(
      join(root, 'node_modules/.bin/node'),
      ['scripts/import-list.ts', join(fixtures, 'list-gb18030.csv'), '--as', 'notice', '--dry-run'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: siteWith() } },
    );
    expect(r.stdout).toContain(
      'list-gb18030.csv 是 GB18030（GBK）编码的 CSV：已按此编码读取，写入的内容文件为 UTF-8。',
    );
  });
});
