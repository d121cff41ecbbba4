/**
 * Bounds on a spreadsheet before it is parsed. An .xlsx is a zip: 1.5 MB can
 * unpack to gigabytes (a zip bomb), which the parser would hold in memory.
 * So the archive is first inflated as a stream that only counts: the bytes
 * it unpacks to and the rows of its sheets, stopping at the first limit.
 * Nothing is kept; only an archive within the limits reaches the parser.
 * A list of clusters has tens or hundreds of rows.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

export const SPREADSHEET_LIMITS = {
  /** Largest file as stored (bytes). */
  fileBytes: 10 * 1024 * 1024,
  /** Most bytes an .xlsx may unpack to, all parts together. */
  unpackedBytes: 50 * 1024 * 1024,
  /** Most rows in a sheet (or lines in a CSV). */
  rows: 5000,
} as const;

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** Why an .xlsx file's bytes may not be parsed (a sentence for the clerk), or undefined. */
export function xlsxLimitProblem(bytes: Uint8Array, limits = SPREADSHEET_LIMITS): string | undefined {
  if (bytes.length > limits.fileBytes) return `文件有 ${MB(bytes.length)}，超过上限 ${MB(limits.fileBytes)}`;
  let unpacked = 0;
  let rows = 0;
  let problem: string | undefined;
  const stop = new Error('limit');
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name);
    let tail = '';
    file.ondata = (err, chunk) => {
      if (err) throw err;
      unpacked += chunk.length;
      if (unpacked > limits.unpackedBytes) {
        problem = `解压后超过 ${MB(limits.unpackedBytes)}（可能是“压缩炸弹”或嵌入了大量图片）`;
        throw stop;
      }
      if (sheet) {
        // Count <row …> tags, including one split across two chunks.
        const text = tail + Buffer.from(chunk).toString('latin1');
        rows += (text.match(/<row[\s>]/g) ?? []).length - (tail.match(/<row[\s>]/g) ?? []).length;
        tail = text.slice(-5);
        if (rows > limits.rows) {
          problem = `工作表超过 ${limits.rows} 行`;
          throw stop;
        }
      }
    };
    file.start();
  };
  try {
    // Fed a kilobyte at a time: deflate expands at most about 1032:1, so no chunk it hands back exceeds about a megabyte.
    const STEP = 1024;
    for (let at = 0; at < bytes.length; at += STEP)
      unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
    if (bytes.length === 0) unzip.push(bytes, true);
  } catch (error) {
    if (error !== stop) return '文件不是有效的 XLSX，可能已损坏或不完整';
  }
  return problem;
}

/** Why a CSV file's bytes may not be parsed, or undefined. */
export function csvLimitProblem(bytes: Uint8Array, limits = SPREADSHEET_LIMITS): string | undefined {
  if (bytes.length > limits.fileBytes) return `文件有 ${MB(bytes.length)}，超过上限 ${MB(limits.fileBytes)}`;
  let lines = 0;
  for (const b of bytes) if (b === 0x0a && ++lines > limits.rows) return `超过 ${limits.rows} 行`;
  return undefined;
}
