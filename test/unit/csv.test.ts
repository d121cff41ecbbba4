import { describe, expect, it } from 'vitest';
import { BOM, csvCell, decodeCsv, parseCsv, toCsv } from '../../src/format/csv.ts';

describe('CSV for spreadsheets', () => {
  it('starts with a UTF-8 byte-order mark and ends every row with CRLF', () => {
    const text = toCsv(['名称', '县'], [['临清市纺织特色产业集群', '临清市']]);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toBe(`${BOM}名称,县\r\n临清市纺织特色产业集群,临清市\r\n`);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('说"明"')).toBe('"说""明"""');
    expect(csvCell('第一段\n第二段')).toBe('"第一段\n第二段"');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses every cell a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(evil);
      const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
      expect(unquoted.startsWith("'"), evil).toBe(true);
    }
    // Numbers are ours, not typed by a county: a negative profit stays a number.
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell('聊工信发〔2021〕97号')).toBe('聊工信发〔2021〕97号');
  });

  it('reads back what it writes, including quoted line breaks', () => {
    const rows = [
      ['a', 'b,c', '"q"', '多\r\n行'],
      ['', '末'],
    ];
    expect(parseCsv(toCsv(rows[0], [rows[1]]))).toEqual(rows);
  });

  it('names the line of a quote that is never closed', () => {
    expect(() => parseCsv('a,b\n"c,d\n')).toThrow('第 2 行的引号没有闭合');
  });

  it('decodes UTF-8 and the GB18030 that Excel saves on Chinese Windows', () => {
    expect(decodeCsv(Buffer.from('集群名称', 'utf8'))).toBe('集群名称');
    // 集群名称 in GB18030.
    expect(decodeCsv(Buffer.from([0xbc, 0xaf, 0xc8, 0xba, 0xc3, 0xfb, 0xb3, 0xc6]))).toBe('集群名称');
  });
});
