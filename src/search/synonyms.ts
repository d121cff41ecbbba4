/**
 * Words readers use for what the documents call otherwise, as data: each
 * group's members find each other (normalize.ts tries a query with each
 * member replaced by the others). Kept small and about this domain only: a
 * synonym list that grows without bound would make every query match
 * everything. Add a group when a reader's word is missing, with both sides
 * in Simplified Chinese and matching form (no spaces or punctuation).
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['纸业', '造纸'],
  ['工信局', '工业和信息化局'],
  ['省工信厅', '省工业和信息化厅'],
  ['发改委', '发展改革委', '发展和改革委员会'],
  ['撤销', '撤消'],
  ['复核', '复审'],
  ['认定', '命名'],
  ['申报', '申请'],
  ['期满', '到期'],
  ['智能制造', '智造'],
  ['龙头企业', '领军企业'],
  ['农副产品', '农产品'],
];
