/**
 * The 政府信息公开申请表: the contents 条例 第二十九条 requires (who applies,
 * with identity and contact; which information, by name, number or
 * description; in what form and by what way), as one form table that gives
 * both the accessible web table (src/pages/disclosure/apply/) and the Word
 * document (docx.ts), so the two can never disagree. Where to send it is
 * printed above the table when settings say so, and only then.
 */
import { disclosureText } from '../i18n/disclosure.ts';
import type { FormCell, FormDocument, FormTable } from '../markdown/form-table.ts';
import type { ApplicationOffice } from '../schemas/disclosure.ts';
import { formDocx } from './docx.ts';

const F = disclosureText.form;
const O = disclosureText.guide.officeFields;

/** The form's sections: a header cell spanning its rows, and the fields to fill in. */
function sections(): { title: string; fields: readonly string[] }[] {
  return [
    { title: `${F.applicant}（${F.citizen}）`, fields: F.citizenFields },
    { title: `${F.applicant}（${F.organisation}）`, fields: F.organisationFields },
    { title: F.information, fields: F.informationFields },
    { title: F.manner, fields: F.mannerFields },
  ];
}

const cell = (row: number, col: number, text: string, header: boolean, extra: Partial<FormCell> = {}): FormCell => ({
  header,
  text,
  colspan: 1,
  rowspan: 1,
  row,
  col,
  ...extra,
});

/** The form as a table of three grid columns: section, field, the space to fill in. */
export function applicationFormTable(): FormTable {
  const rows: FormCell[][] = [];
  for (const s of sections()) {
    s.fields.forEach((field, i) => {
      const r = rows.length;
      const row: FormCell[] = [];
      if (i === 0) row.push(cell(r, 0, s.title, true, { scope: 'rowgroup', rowspan: s.fields.length }));
      row.push(cell(r, 1, field, true, { scope: 'row' }), cell(r, 2, '', false));
      rows.push(row);
    });
  }
  for (const label of [F.signature, F.date]) {
    const r = rows.length;
    rows.push([cell(r, 0, label, true, { scope: 'row', colspan: 2 }), cell(r, 2, '', false)]);
  }
  return { id: 'application-form', caption: F.caption, rows, columns: 3 };
}

/** Lines above the table: where to send it, from settings only. */
export function sendToLines(office: ApplicationOffice | undefined): string[] {
  if (!office) return [];
  const parts: [string, string | undefined][] = [
    [O.name, office.name],
    [O.address, office.address && (office.postcode ? `${office.address}（${office.postcode}）` : office.address)],
    [O.email, office.email],
    [O.phone, office.phone],
  ];
  return parts.flatMap(([label, value]) => (value ? [`${label}：${value}`] : []));
}

/** The Word document of the form. */
export function applicationFormDocx(office: ApplicationOffice | undefined): Buffer {
  const form: FormDocument = { cover: [], before: sendToLines(office), table: applicationFormTable() };
  return formDocx(form, F.title);
}
