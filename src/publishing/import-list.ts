/**
 * Import of a list the bureau keeps in a spreadsheet (XLSX or CSV: 序号,
 * 集群名称, 所在县（市、区）, 主导产业, 级别 …) into a new notice or
 * announcement, with a cluster file for every new cluster. A row that looks
 * like an entry but cannot be mapped is refused with its row number, column
 * and reason; title, note and total rows are skipped and said so.
 */
import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { csvLimitProblem, xlsxLimitProblem } from './spreadsheet-limits.ts';
import { decodeCsv, parseCsv } from '../format/csv.ts';
import type { Action } from '../schemas/announcement.ts';
import { idPattern, LEVELS, type Level } from '../schemas/common.ts';
import type { Settings } from '../schemas/settings.ts';
import { readingOf } from '../outputs/search/polyphones.ts';
import { clusterNameKey, foldText, isNearMiss } from '../rules/cluster-names.ts';
import type { MergeRange } from './xlsx-merges.ts';
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
  /** What the importer decided for the clerk to check: a name matched after normalisation, merged cells read. */
  notes: RowIssue[];
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
  /** The sheet's merged cells (XLSX only), so a value merged over several rows is read on each. */
  merges?: readonly MergeRange[];
}

/** A total row: 合计、小计、总计、共计 (any column), perhaps with a count (合计 7 个). */
const TOTAL = /^(合计|小计|总计|共计)/;
/** A note row: 注：…, 备注：…, 说明：… (in the name column as much as in the first). */
const NOTE = /^(注|备注|说明|附注)\s*[:：\d]/;
/** Digits of either width (１２ as 12), as 序号 are typed. */
const halfWidth = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Reads a spreadsheet's first sheet (or the named one) as rows of cells. XLSX or CSV by extension. */
export async function readSpreadsheet(path: string, sheet?: string): Promise<Cell[][]> {
  const base = path.split(/[\\/]/).at(-1) ?? path;
  if (base.startsWith('~$'))
    throw new Error(
      `「${base}」是 Excel（或 WPS）打开表格时自动生成的临时锁定文件，不是名单本身：请导入同一文件夹中的「${base.slice(2)}」，并先在 Excel 中关闭它`,
    );
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
export function mapList(sheetCells: Cell[][], o: MapOptions): MappedList {
  const result: MappedList = { rows: [], notes: [], refused: [], skipped: [], fatal: [], ignoredColumns: [] };
  const cells = sheetCells.map((r) => [...r]);
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
  // Names compare after normalisation (width, spaces, the 特色产业集群 suffix, the county prefix), within a county.
  const keyOf = (name: string, county: string) => `${county}/${clusterNameKey(name, [county])}`;
  const byKey = new Map<string, (typeof o.clusters)[number]>();
  for (const c of o.clusters) for (const n of [c.name, ...c.aliases]) byKey.set(keyOf(n, c.county), c);
  const seen = new Map<string, number>();
  let listLevel = o.level;

  // Merged cells: a value merged down a column belongs to every row it covers (a county over three rows).
  // The name column is the exception: two clusters never share a name, so those rows are refused below.
  const mergedInto = new Map<string, MergeRange>();
  const nameCol = columns.get('name');
  for (const m of o.merges ?? []) {
    if (m.bottom <= header.index) continue;
    for (let r = Math.max(m.top, header.index + 1); r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) mergedInto.set(`${r}:${c}`, m);
    if (m.bottom === m.top || m.top <= header.index) continue;
    for (let c = m.left; c <= m.right; c++) {
      if (c === nameCol || c !== m.left) continue;
      const v = cells[m.top]?.[c];
      if (v === null || v === undefined || v === '') continue;
      for (let r = m.top + 1; r <= m.bottom; r++) if (cells[r]) cells[r][c] = v;
      const h = headings[c];
      if (h)
        result.notes.push({
          row: m.top + 1,
          column: h,
          message: `第 ${m.top + 1}–${m.bottom + 1} 行的「${h}」是合并单元格（${m.ref}），已按合并的值「${cellText(v)}」逐行读取`,
        });
    }
  }
  /** Why a required cell is empty when it is part of a merged range: the cell it was merged into. */
  const mergeReason = (r: number, col: Column): string | undefined => {
    const m = mergedInto.get(`${r}:${columns.get(col)}`);
    if (!m) return undefined;
    const into = m.left === columns.get(col) ? `第 ${m.top + 1} 行` : `「${headings[m.left] || '左边的列'}」`;
    return `这一格与${into}合并成了一格（合并单元格 ${m.ref}），所以是空的：每一项的「${heading(col)}」须单独占一格，请在 Excel 中取消合并（“合并后居中”再点一次），逐行填写后重新导入`;
  };
  let entriesSeen = 0;

  for (let r = header.index + 1; r < cells.length; r++) {
    const rowNo = r + 1;
    const get = (col: Column) => (columns.has(col) ? cellText(cells[r][columns.get(col)!]) : '');
    const values = cells[r].map(cellText);
    if (values.every((v) => v === '')) continue;
    const refuse = (col: Column | undefined, message: string) =>
      result.refused.push({ row: rowNo, column: col && heading(col), message });

    const seq = halfWidth(get('seq')).replace(/[.、]$/, '');
    const name = get('name');
    const shown = values.filter(Boolean).join(' ').slice(0, 30);
    // A total or a note, in whichever column it was typed: not an entry, and said so as what it is.
    const total = [seq, name, values.find(Boolean) ?? ''].find((v) => TOTAL.test(v));
    if (total !== undefined) {
      const stated = /(\d+)\s*(个|项|家)?/.exec(halfWidth(values.join(' ').replace(TOTAL, '')));
      if (/^合计|^总计|^共计/.test(total) && stated && Number(stated[1]) !== entriesSeen)
        refuse(
          undefined,
          `合计行写的是 ${stated[1]} 项，而它上面的名单有 ${entriesSeen} 项：请核对是否漏了或多了行，或改正合计`,
        );
      else result.skipped.push({ row: rowNo, message: `是合计行（${shown}），不是名单中的一项，已跳过` });
      continue;
    }
    if (NOTE.test(seq) || NOTE.test(name) || NOTE.test(values.find(Boolean) ?? '')) {
      result.skipped.push({ row: rowNo, message: `是说明行（${shown}），不是名单中的一项，已跳过` });
      continue;
    }
    if (!name) {
      // A row with an entry's other cells but no name is missing data; anything else is a title.
      if (/^\d+$/.test(seq) || get('county') || get('industry') || get('level')) {
        entriesSeen++;
        refuse('name', mergeReason(r, 'name') ?? '集群名称为空：请填写名称，或删除这一行');
      } else
        result.skipped.push({
          row: rowNo,
          message: `不是名单中的一项（${shown}），已跳过`,
        });
      continue;
    }
    entriesSeen++;
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
    const county = halfWidth(get('county'));
    if (!counties.has(county)) {
      refuse(
        'county',
        county
          ? `「${county}」不在县（市、区）名单中：${countyHint(o.settings, county)}改为 ${[...counties].join('、')} 之一`
          : (mergeReason(r, 'county') ?? '所在县（市、区）为空：请填写'),
      );
      bad = true;
    }
    const levelText = o.level && !columns.has('level') ? o.level : halfWidth(get('level'));
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
    const key = keyOf(name, county);
    const earlier = seen.get(key);
    if (earlier) {
      refuse('name', `与第 ${earlier} 行重复：同一个集群只能列一次，请删除其中一行`);
      continue;
    }
    seen.set(key, rowNo);
    const id = halfWidth(get('id')) || undefined;
    let existing = byName.get(name);
    if (!existing && counties.has(county)) {
      existing = byKey.get(key);
      if (existing)
        result.notes.push({
          row: rowNo,
          column: heading('name'),
          message: `「${name}」按名称对应到已有集群 ${existing.id}（${existing.name}）`,
        });
    }
    if (!existing && !id && counties.has(county)) {
      // A near miss is asked about, never imported as a new candidate: a typo would otherwise cancel the real cluster.
      const folded = clusterNameKey(name, [county]);
      const near = o.clusters.filter(
        (c) =>
          c.county === county &&
          [c.name, ...c.aliases].some(
            (n) => isNearMiss(folded, clusterNameKey(n, [c.county])) || foldText(n) === foldText(name),
          ),
      );
      if (near.length > 0) {
        refuse(
          'name',
          `本站没有名为「${name}」的集群，是否指 ${near.map((c) => `「${c.name}」（${c.id}）`).join('或')}？如是，请把表格中的名称改成与集群页面一致；如确为另一个新集群，请在「${COLUMNS.id[0]}」列写上它的网址标识后重新导入`,
        );
        continue;
      }
    }
    if (existing && county && existing.county !== county) {
      refuse(
        'county',
        `已有同名集群「${existing.id}」在${existing.county}，这一行写的是${county}：请核对名称或县（市、区）`,
      );
      bad = true;
    }
    const industry = get('industry') || undefined;
    // A review, revocation or cancellation (公示 or 公布) names a cluster on file: never a new candidate.
    if (!existing && (o.kind === 'announcement' || o.action !== 'recognize')) {
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
  // Polyphones read by word (阿胶 → ejiao), from the same list the search uses; ü is written v (绿 → lv).
  const slug = readingOf(row.industry ?? row.name)
    .join('')
    .toLowerCase()
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
