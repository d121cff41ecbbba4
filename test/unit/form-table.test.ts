import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formDocx } from '../../src/outputs/docx.ts';
import { headerIds, readFormDocument, withFormHeaders } from '../../src/markdown/form-table.ts';

const body = readFileSync('content/policies/cluster-management-measures-2021.md', 'utf8');

/** The entries of a ZIP as text, read from its local headers. */
function unzip(buf: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  for (let at = 0; buf.readUInt32LE(at) === 0x04034b50;) {
    const size = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const name = buf.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const data = buf.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    out.set(name, inflateRawSync(data).toString('utf8'));
    at += 30 + nameLength + size;
  }
  return out;
}

describe('the 申请表 read from the policy body', () => {
  const form = readFormDocument(body, '申请表')!;

  it('has its cover lines, the line before the table and a 10-column grid', () => {
    expect(form.cover[0]).toBe('聊城市特色产业集群申请表');
    expect(form.before).toEqual(['申报单位（盖章）：']);
    expect(form.table.columns).toBe(10);
    expect(form.table.rows).toHaveLength(10);
  });

  it('names each blank cell by the headers above it and the row header to its left', () => {
    const text = new Map(form.table.rows.flat().map((c) => [`申请表-h${c.row}-${c.col}`, c.text]));
    const named = [...headerIds(form.table)].map(
      ([cell, ids]) => `${cell.row}:${cell.col} ${ids.map((id) => text.get(id)).join('/')}`,
    );
    expect(named).toContain('0:1 产业集群名称');
    expect(named).toContain('0:8 产业集群区域面积');
    expect(named).toContain('3:0 企业户数/总数');
    expect(named).toContain('3:3 从业人员数量');
    expect(named).toContain('5:3 省级以上品牌、商标或产业荣誉称号数量/其中：名牌产品');
    expect(named).toContain('8:2 产业集群简介');
  });

  it('writes ids and headers into the HTML, and nothing else', () => {
    const html = withFormHeaders(body);
    expect(html).toContain('<td headers="申请表-h1-0 申请表-h2-0"></td>');
    expect(html.replace(/ (id="申请表-h\d+-\d+"|headers="[^"]*")/g, '')).toBe(body);
  });
});

describe('the Word download', () => {
  it('is a valid package whose table keeps the merged cells, and the same bytes every build', () => {
    const form = readFormDocument(body, '申请表')!;
    const docx = formDocx(form, '聊城市特色产业集群申请表');
    expect(docx.equals(formDocx(form, '聊城市特色产业集群申请表'))).toBe(true);
    const parts = unzip(docx);
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/styles.xml',
    ]);
    const doc = parts.get('word/document.xml')!;
    expect(doc).toContain('<w:gridSpan w:val="5"/>');
    expect(doc).toContain('<w:vMerge w:val="restart"/>');
    expect(doc).toContain('<w:tblCaption w:val="聊城市特色产业集群申请表（单位：平方公里、亿元、户、人、个）"/>');
    expect(doc).toContain('各县(市、区)工业和信息化局(市属开发区经发局)部门审核意见');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>聊城市特色产业集群申请表</dc:title>');
  });
});
