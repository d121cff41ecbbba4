/**
 * A form (form-table.ts) as a Word document (.docx, Office Open XML), the
 * format in which Chinese bureaus circulate application forms: it opens in
 * Word, WPS and LibreOffice, keeps the merged cells of the original, and is
 * filled in, printed and stamped (盖章). Written by hand (a few XML parts in
 * a ZIP) so the build needs no network and the same input gives the same
 * bytes. The table carries a caption and description for assistive
 * technology, and the document carries its title and language.
 */
import { escapeMarkup } from '../format/escape.ts';
import { recordText } from '../i18n/policy.ts';
import type { FormDocument, FormTable } from '../markdown/form-table.ts';
import { zip } from './zip.ts';

const esc = escapeMarkup;

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The fonts of the Word document: 黑体 for titles, 宋体 for the rest (font names, not text). */
const FONTS = { heading: '黑体', body: '宋体' } as const;

interface RunStyle {
  bold?: boolean;
  /** Size in points. */
  size?: number;
  /** 黑体 for titles, else 宋体. */
  heading?: boolean;
}

function run(text: string, style: RunStyle = {}): string {
  const font = style.heading ? FONTS.heading : FONTS.body;
  const props = [
    `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"/>`,
    style.bold ? '<w:b/>' : '',
    style.size ? `<w:sz w:val="${style.size * 2}"/><w:szCs w:val="${style.size * 2}"/>` : '',
    '<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>',
  ].join('');
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function paragraph(
  text: string,
  opts: RunStyle & { align?: 'center' | 'left'; before?: number; after?: number; pageBreakBefore?: boolean } = {},
): string {
  const pPr = [
    opts.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    `<w:spacing w:before="${opts.before ?? 0}" w:after="${opts.after ?? 120}"/>`,
    opts.align ? `<w:jc w:val="${opts.align}"/>` : '',
  ].join('');
  return `<w:p><w:pPr>${pPr}</w:pPr>${text ? run(text, opts) : ''}</w:p>`;
}

function table(t: FormTable): string {
  const colWidth = Math.floor(TEXT_WIDTH / t.columns);
  // Where each grid row has a cell starting, or a rowspan continuing from above.
  const starts = new Map<string, (typeof t.rows)[number][number]>();
  const continues = new Map<string, (typeof t.rows)[number][number]>();
  for (const cell of t.rows.flat()) {
    starts.set(`${cell.row}:${cell.col}`, cell);
    for (let dr = 1; dr < cell.rowspan; dr++) continues.set(`${cell.row + dr}:${cell.col}`, cell);
  }
  const rows = t.rows.map((_, r) => {
    const cells: string[] = [];
    let height = 567;
    for (let c = 0; c < t.columns;) {
      const cell = starts.get(`${r}:${c}`);
      const above = continues.get(`${r}:${c}`);
      const source = cell ?? above;
      if (!source) {
        c++;
        continue;
      }
      const span = source.colspan;
      const tcPr = [
        `<w:tcW w:w="${colWidth * span}" w:type="dxa"/>`,
        span > 1 ? `<w:gridSpan w:val="${span}"/>` : '',
        source.rowspan > 1 ? (cell ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '',
        source.header ? '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>' : '',
        '<w:vAlign w:val="center"/>',
      ].join('');
      const lines = cell ? cell.text.split('\n') : [''];
      const body = lines
        .map((l) =>
          paragraph(l, { bold: source.header, size: 10.5, after: 0, align: source.header ? 'center' : 'left' }),
        )
        .join('');
      cells.push(`<w:tc><w:tcPr>${tcPr}</w:tcPr>${body}</w:tc>`);
      // A wide blank cell alone in its row is a space to write in: give it room.
      if (cell && !cell.header && !cell.text && span >= t.columns / 2 && t.rows[r].length <= 2) height = 2268;
      if (cell && !cell.header && cell.text.includes('\n')) height = 1701;
      c += span;
    }
    return `<w:tr><w:trPr><w:trHeight w:val="${height}" w:hRule="atLeast"/><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="6" w:space="0" w:color="000000"/>`;
  const tblPr = [
    `<w:tblW w:w="${colWidth * t.columns}" w:type="dxa"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>',
    t.caption ? `<w:tblCaption w:val="${esc(t.caption)}"/>` : '',
    t.caption ? `<w:tblDescription w:val="${esc(recordText.attachment.docxTable(t.caption))}"/>` : '',
  ].join('');
  const grid = `<w:tblGrid>${Array.from({ length: t.columns }, () => `<w:gridCol w:w="${colWidth}"/>`).join('')}</w:tblGrid>`;
  return `<w:tbl><w:tblPr>${tblPr}</w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

/** The .docx bytes of a form. `title` names the document (its cover's first line when it has a cover). */
export function formDocx(form: FormDocument, title: string): Buffer {
  const parts: string[] = [];
  if (form.cover.length) {
    const [first, ...rest] = form.cover;
    parts.push(paragraph(first, { heading: true, bold: true, size: 26, align: 'center', before: 3400, after: 1600 }));
    for (const line of rest) parts.push(paragraph(line, { size: 16, align: 'center', after: 480 }));
  } else {
    parts.push(paragraph(title, { heading: true, bold: true, size: 18, align: 'center', after: 240 }));
  }
  form.before.forEach((line, i) =>
    parts.push(paragraph(line, { size: 12, pageBreakBefore: i === 0 && form.cover.length > 0 })),
  );
  if (form.table.caption) {
    parts.push(
      paragraph(form.table.caption, {
        heading: true,
        bold: true,
        size: 14,
        align: 'center',
        pageBreakBefore: !form.before.length && form.cover.length > 0,
      }),
    );
  }
  parts.push(table(form.table));
  parts.push(paragraph(''));
  const sect = `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/><w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${parts.join('')}${sect}</w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONTS.body}" w:hAnsi="${FONTS.body}" w:eastAsia="${FONTS.body}"/><w:sz w:val="24"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>`;
  return zip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: 'word/document.xml', data: document },
    { name: 'word/styles.xml', data: styles },
    { name: 'docProps/core.xml', data: core },
  ]);
}
