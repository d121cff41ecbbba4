/**
 * Import of a list the bureau keeps in a spreadsheet (XLSX or CSV: 序号,
 * 集群名称, 所在县（市、区）, 主导产业, 级别 …) into a new notice or
 * announcement, with a cluster file for every new cluster. A row that looks
 * like an entry but cannot be mapped is refused with its row number, column
 * and reason; title, note and total rows are skipped and said so.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { readSheet } from 'read-excel-file/node';
import { csvLimitProblem, xlsxLimitProblem } from './spreadsheet-limits.ts';
import { decodeCsv, parseCsv } from '../format/csv.ts';
import type { Action } from '../schemas/announcement.ts';
import { idPattern, LEVELS, type Level } from '../schemas/common.ts';
import type { Settings } from '../schemas/settings.ts';
import { nextFreeId } from './new-entry.ts';

/** Cells as read from a sheet: row 1 of the sheet is index 0. */
export type Cell = string | number | boolean | Date | null | undefined;

/** The columns the importer understands, and the headings that name them. */
export const COLUMNS = {
  seq: ['序号', '编号'],
  name: ['集群名称', '产业集群名称', '特色产业集群名称', '名称'],
  county: ['所在县（市、区）', '县（市、区）', '所在县市区', '县市区', '所在地', '县区'],
  industry: ['主导产业', '产业'],
  level: ['级别', '拟认定级别', '认定级别'],
  town: ['乡镇（街道）', '所在乡镇', '乡镇'],
  products: ['主导产品'],
  host: ['依托载体'],
  id: ['网址标识', 'id'],
} as const;
export type Column = keyof typeof COLUMNS;

/** Headings compare without spaces, brackets of either width, or 、. */
const normalize = (s: string) => s.replace(/[\s（）()、,，]/g, '').toLowerCase();
const cellText = (c: Cell): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c)
    .replace(/\u3000/g, ' ')
    .trim();
};

export interface RowIssue {
  /** Row number as the spreadsheet shows it (1 = first row). */
  row: number;
  /** The column heading as written in the sheet, when one cell is at fault. */
  column?: string;
  message: string;
}

export interface ListRow {
  row: number;
  name: string;
  county: string;
  level: Level;
  industry?: string;
  town?: string;
  products: string[];
  host?: string;
  /** Id of the existing cluster with this name, if any. */
  existing?: string;
  /** Id asked for in an 网址标识 column. */
  id?: string;
}

export interface MappedList {
  rows: ListRow[];
  /** Rows that look like entries but cannot be imported: nothing is written while there are any (unless partial). */
  refused: RowIssue[];
  /** Rows that are not entries (titles, notes, totals): reported, not blocking. */
  skipped: RowIssue[];
  /** Problems with the sheet as a whole (a required column missing): nothing can be imported. */
  fatal: string[];
  /** Headings that were not understood and so ignored. */
  ignoredColumns: string[];
}

export interface MapOptions {
  settings: Settings;
  /** Existing clusters by id. */
  clusters: { id: string; name: string; aliases: readonly string[]; county: string }[];
  kind: 'notice' | 'announcement';
  action: Action;
  /** Level for every row, when the sheet has no 级别 column (or to insist on one level). */
  level?: Level;
}

/** Reads a spreadsheet's first sheet (or the named one) as rows of cells. XLSX or CSV by extension. */
export async function readSpreadsheet(path: string, sheet?: string): Promise<Cell[][]> {
  // Size and row limits are checked on the bytes before any parser sees them (spreadsheet-limits.ts).
  const tooBig = (why: string) =>
    new Error(`无法导入 ${path}：${why}。一份名单不会这么大：请只保留名单所在的工作表和行，另存后再导入`);
  if (/\.csv$/i.test(path)) {
    const bytes = readFileSync(path);
    const why = csvLimitProblem(bytes);
    if (why) throw tooBig(why);
    return parseCsv(decodeCsv(bytes));
  }
  if (!/\.xlsx$/i.test(path))
    throw new Error('只能导入 .xlsx 或 .csv 文件：旧的 .xls 等格式请先在 Excel 中“另存为” .xlsx 或 CSV');
  const why = xlsxLimitProblem(readFileSync(path));
  if (why === '文件不是有效的 XLSX，可能已损坏或不完整')
    throw new Error(`无法读取 ${path}：${why}。请在 Excel 中打开并重新“另存为” .xlsx 或 CSV 后再导入`);
  if (why) throw tooBig(why);
  try {
    return (await (sheet ? readSheet(path, sheet) : readSheet(path))) as unknown as Cell[][];
  } catch (error) {
    const why =
      (error as Error).name === 'SheetNotFoundError'
        ? `找不到名为「${sheet}」的工作表`
        : '文件不是有效的 XLSX，可能已损坏或不完整';
    throw new Error(`无法读取 ${path}：${why}。请在 Excel 中打开并重新“另存为” .xlsx 或 CSV 后再导入`, {
      cause: error,
    });
  }
}

/** Finds the heading row (the first of the first ten rows that names 集群名称) and maps its columns. */
function findHeader(
  cells: Cell[][],
): { index: number; columns: Map<Column, number>; headings: string[]; ignored: string[] } | undefined {
  const names = new Set(COLUMNS.name.map(normalize));
  for (let r = 0; r < Math.min(cells.length, 10); r++) {
    const headings = cells[r].map(cellText);
    if (!headings.some((h) => names.has(normalize(h)))) continue;
    const columns = new Map<Column, number>();
    const ignored: string[] = [];
    headings.forEach((h, i) => {
      if (!h) return;
      const col = (Object.keys(COLUMNS) as Column[]).find((k) =>
        (COLUMNS[k] as readonly string[]).some((a) => normalize(a) === normalize(h)),
      );
      if (col && !columns.has(col)) columns.set(col, i);
      else ignored.push(h);
    });
    return { index: r, columns, headings, ignored };
  }
  return undefined;
}

const countyHint = (settings: Settings, value: string) => {
  const near = settings.counties.filter(
    (c) => c.name.startsWith(value) || value.startsWith(c.name.replace(/[市区县]$/, '')),
  );
  return near.length === 1 ? `是不是「${near[0].name}」？请` : '请';
};

/** Maps every row of a sheet to a list entry, or says why it cannot. */
export function mapList(cells: Cell[][], o: MapOptions): MappedList {
  const result: MappedList = { rows: [], refused: [], skipped: [], fatal: [], ignoredColumns: [] };
  const header = findHeader(cells);
  if (!header) {
    result.fatal.push(
      `前 10 行中找不到表头：表头行须有「${COLUMNS.name[0]}」列（以及 ${COLUMNS.county[0]}、${COLUMNS.level[0]} 等列）`,
    );
    return result;
  }
  const { columns, headings } = header;
  result.ignoredColumns = header.ignored;
  const need: Column[] = ['name', 'county', ...(o.level ? [] : (['level'] as Column[]))];
  for (const col of need) {
    if (!columns.has(col)) {
      result.fatal.push(
        `找不到「${COLUMNS[col][0]}」列：表头（第 ${header.index + 1} 行）是 ${headings.filter(Boolean).join('、')}；请把对应的列名改为「${COLUMNS[col][0]}」${col === 'level' ? '，或用 --level 指定所有行的级别' : ''}`,
      );
    }
  }
  if (result.fatal.length) return result;

  const heading = (col: Column) => headings[columns.get(col)!];
  const counties = new Set(o.settings.counties.map((c) => c.name));
  const byName = new Map<string, (typeof o.clusters)[number]>();
  for (const c of o.clusters) for (const n of [c.name, ...c.aliases]) byName.set(n, c);
  const seen = new Map<string, number>();
  let listLevel = o.level;

  for (let r = header.index + 1; r < cells.length; r++) {
    const rowNo = r + 1;
    const get = (col: Column) => (columns.has(col) ? cellText(cells[r][columns.get(col)!]) : '');
    const values = cells[r].map(cellText);
    if (values.every((v) => v === '')) continue;
    const refuse = (col: Column | undefined, message: string) =>
      result.refused.push({ row: rowNo, column: col && heading(col), message });

    const seq = get('seq');
    const name = get('name');
    if (!name) {
      // A row with an entry's other cells but no name is missing data; anything else is a title, note or total.
      if (/^\d+$/.test(seq) || get('county') || get('industry') || get('level'))
        refuse('name', '集群名称为空：请填写名称，或删除这一行');
      else
        result.skipped.push({
          row: rowNo,
          message: `不是名单中的一项（${values.filter(Boolean).join(' ').slice(0, 30)}），已跳过`,
        });
      continue;
    }
    if (seq && !/^\d+$/.test(seq)) {
      refuse(
        'seq',
        `「${seq}」不是序号：名单中的每一项序号须是数字；如这一行不是名单中的一项（例如合计、备注），请删除它`,
      );
      continue;
    }
    if (/[\r\n]/.test(name)) {
      refuse('name', '名称中有换行（单元格内 Alt+回车）：请改为一行');
      continue;
    }
    let bad = false;
    const county = get('county');
    if (!counties.has(county)) {
      refuse(
        'county',
        county
          ? `「${county}」不在县（市、区）名单中：${countyHint(o.settings, county)}改为 ${[...counties].join('、')} 之一`
          : '所在县（市、区）为空：请填写',
      );
      bad = true;
    }
    const levelText = o.level && !columns.has('level') ? o.level : get('level');
    const level = LEVELS.find((l) => l === levelText);
    if (!level) {
      refuse(
        'level',
        levelText
          ? `「${levelText}」不是级别：请写 ${LEVELS.join('、')} 之一`
          : `级别为空：请写 ${LEVELS.join('、')} 之一`,
      );
      bad = true;
    } else if (o.kind === 'announcement') {
      listLevel ??= level;
      if (level !== listLevel) {
        refuse('level', `一份公布只有一个级别（本次为 ${listLevel}），这一行是 ${level}：不同级别的名单请分开导入`);
        bad = true;
      }
    }
    const earlier = seen.get(name);
    if (earlier) {
      refuse('name', `与第 ${earlier} 行重复：同一个集群只能列一次，请删除其中一行`);
      continue;
    }
    seen.set(name, rowNo);
    const existing = byName.get(name);
    if (existing && county && existing.county !== county) {
      refuse(
        'county',
        `已有同名集群「${existing.id}」在${existing.county}，这一行写的是${county}：请核对名称或县（市、区）`,
      );
      bad = true;
    }
    const industry = get('industry') || undefined;
    if (!existing && o.kind === 'announcement') {
      if (o.action !== 'recognize') {
        refuse(
          'name',
          `本站没有名为「${name}」的集群：${o.action === 'review-passed' ? '复核' : '撤销或取消'}只能针对已有集群，请核对名称（须与集群页面上的名称一致）`,
        );
        bad = true;
      } else if (!industry) {
        refuse(
          columns.has('industry') ? 'industry' : 'name',
          `新集群「${name}」缺少主导产业：请在「${COLUMNS.industry[0]}」列填写`,
        );
        bad = true;
      }
    }
    const id = get('id') || undefined;
    if (id && !idPattern.test(id)) {
      refuse('id', `「${id}」不能用作网址：只能用小写字母、数字和连字符`);
      bad = true;
    }
    if (bad || !level) continue;
    result.rows.push({
      row: rowNo,
      name,
      county,
      level,
      industry,
      town: get('town') || undefined,
      products: get('products')
        .split(/[、，,；;]/)
        .map((s) => s.trim())
        .filter(Boolean),
      host: get('host') || undefined,
      existing: existing?.id,
      id,
    });
  }
  return result;
}

/**
 * The id of a new cluster: the county's key and the pinyin of its industry,
 * e.g. 临清市 + 纺织 → linqing-fangzhi, made unique with -2, -3 …
 */
export function clusterIdFor(
  row: Pick<ListRow, 'county' | 'industry' | 'name'>,
  settings: Settings,
  taken: Set<string>,
): string {
  const key = settings.counties.find((c) => c.name === row.county)?.key ?? 'cluster';
  const syllables = pinyin(row.industry ?? row.name, { toneType: 'none', type: 'array', nonZh: 'removed' }) as string[];
  // ü is written v, as in pinyin input methods (绿 → lv).
  const slug = syllables
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 40);
  const id = nextFreeId(slug ? `${key}-${slug}` : key, taken);
  taken.add(id);
  return id;
}

/** One line per issue, as the CLI prints it: 第 N 行「列」：why. */
export function formatIssue(issue: RowIssue): string {
  return `第 ${issue.row} 行${issue.column ? `「${issue.column}」` : ''}：${issue.message}`;
}
