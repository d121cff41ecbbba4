/**
 * Reads the content directory from disk into raw, unvalidated records. It
 * parses YAML and Markdown front matter and reports syntax errors as
 * Problems; it knows nothing of the schemas (see validate.ts).
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseDocument, visit } from 'yaml';
import type { Problem } from './problems.ts';
import { symlinkMessage, symlinksUnder } from './public-files.ts';

/**
 * What one content file may be. A clerk's file is a few kilobytes; these
 * bounds stop a pasted export or a crafted file (a 50 MB YAML, an alias
 * bomb) from running the build for hours or exhausting memory, with a
 * message instead of a stack trace.
 */
export const LIMITS = {
  /** Largest YAML file (bytes). */
  yamlBytes: 1024 * 1024,
  /** Largest policy file, front matter and Markdown (bytes); the longest real plan is about 60 KB. */
  markdownBytes: 2 * 1024 * 1024,
  /** Most YAML aliases (*name) in one file: real content needs none; each one can double the data. */
  aliases: 20,
} as const;

/** The entity kinds with one file per entity, and the folder each lives in. */
export const COLLECTIONS = {
  // A policy is plain Markdown; only a 政策解读, the bureau's own writing, may be MDX (checks/mdx.ts).
  policy: { dir: 'policies', extensions: ['.md', '.mdx'] },
  cluster: { dir: 'clusters', extensions: ['.yaml', '.yml'] },
  notice: { dir: 'notices', extensions: ['.yaml', '.yml'] },
  announcement: { dir: 'announcements', extensions: ['.yaml', '.yml'] },
  pool: { dir: 'pool', extensions: ['.yaml', '.yml'] },
  benchmark: { dir: 'benchmarks', extensions: ['.yaml', '.yml'] },
  target: { dir: 'targets', extensions: ['.yaml', '.yml'] },
  guide: { dir: 'guides', extensions: ['.mdx'] },
  consultation: { dir: 'consultations', extensions: ['.mdx'] },
} as const;

/** Kinds whose files are front matter and a body (Markdown or MDX), not YAML. */
export const BODY_KINDS: ReadonlySet<Kind> = new Set(['policy', 'guide', 'consultation']);
export type Kind = keyof typeof COLLECTIONS;
export const KINDS = Object.keys(COLLECTIONS) as Kind[];

/** The settings file, at the top of the content directory. */
export const SETTINGS_FILE = 'settings.yaml';

export interface RawEntry {
  kind: Kind;
  /** The file name without extension: the entity's id and URL. */
  id: string;
  /** Path relative to the working directory, as printed in messages. */
  file: string;
  /** Parsed YAML (or front matter), not yet validated. */
  data: unknown;
  /** Markdown or MDX body (policies, guides, consultations). */
  body?: string;
  /** True when the file is MDX (its body is checked against the allowed components). */
  mdx?: boolean;
  /** Lines of the file before the body (the front matter), to name lines in messages. */
  bodyLine?: number;
}

/**
 * A file the clerk has not finished: it still has a `# ✎` line, the mark the
 * scaffold and the importer put on what only a person can fill in. It is
 * never published and never blocks anything else; validate lists it with
 * what is missing.
 */
export interface RawDraft {
  kind: Kind;
  id: string;
  file: string;
  /** The ✎ lines still in the file (what to fill in). */
  hints: string[];
  /** Parsed data, when the file parses (for the clusters a draft announcement names). */
  data?: unknown;
  /** What the file lacks or gets wrong so far (syntax here; schema problems are added by validate). */
  problems: Problem[];
}

/** The mark of a line still to be filled in. */
const DRAFT_MARK = /^[ \t]*#[ \t]*✎[ \t]*(.*)$/gm;

export interface RawContent {
  /** Absolute path of the content directory that was read. */
  dir: string;
  settings?: { file: string; data: unknown };
  entries: RawEntry[];
  /** Every entity file found, read or not (one that fails to parse is still there: not deleted). */
  files: { kind: Kind; id: string; file: string }[];
  /** Unfinished files, set aside: not in `entries`, their problems not in `problems`. */
  drafts: RawDraft[];
  problems: Problem[];
}

/** Where content is read from: CONTENT_DIR (for fixture sites) or ./content. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(process.cwd(), env.CONTENT_DIR ?? 'content');
}

/**
 * How a file is named in messages: relative to the working directory when
 * the content lives inside it (content/clusters/x.yaml), else relative to
 * the content directory's parent, so messages never show temporary paths.
 */
function displayer(dir: string): (path: string) => string {
  const root = displayRoot(dir);
  return (path) => relative(root, path).split(sep).join('/');
}

function displayRoot(dir: string): string {
  const cwd = process.cwd();
  return dir.startsWith(cwd + sep) ? cwd : dirname(dir);
}

/**
 * The absolute path of a file named as messages name it (an entry's `file`):
 * for what reads the file again after validation (Astro compiling an MDX
 * body, the 新旧对比 of two policies), wherever the content folder is.
 */
export function sourceFile(file: string, dir: string = contentDir()): string {
  return join(displayRoot(dir), file);
}

/** Parses YAML text; a syntax error becomes a Problem naming the line. */
function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // One message per line: a single slip often upsets the parser twice.
    const seen = new Set<number>();
    for (const err of doc.errors) {
      const line = (err.linePos?.[0]?.line ?? 1) + lineOffset;
      if (seen.has(line)) continue;
      seen.add(line);
      problems.push({
        file,
        field: '',
        message: `第 ${line} 行 YAML 格式有误（${err.code === 'DUPLICATE_KEY' ? '同一字段写了两次' : err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}）：请检查这一行的缩进、冒号和引号${err.code === 'DUPLICATE_KEY' ? '，并删除重复的字段' : ''}`,
      });
    }
    return undefined;
  }
  let aliases = 0;
  visit(doc, { Alias: () => void aliases++ });
  if (aliases > LIMITS.aliases) {
    problems.push({
      file,
      field: '',
      message: `YAML 别名（*名称）用了 ${aliases} 次，超过上限 ${LIMITS.aliases} 次：别名会成倍展开数据，请把内容直接写出来，不用 & 和 *`,
    });
    return undefined;
  }
  try {
    return doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (error) {
    // The yaml library refuses an alias that expands too far with a ReferenceError.
    problems.push({
      file,
      field: '',
      message: `YAML 无法展开（${error instanceof Error ? error.message : String(error)}）：请不要用 & 和 * 别名，把内容直接写出来`,
    });
    return undefined;
  }
}

/**
 * A content file's text: within its size limit and valid UTF-8, else a
 * Problem. A file saved as GBK would otherwise be published as mojibake.
 */
function readText(path: string, file: string, maxBytes: number, problems: Problem[]): string | undefined {
  const size = lstatSync(path).size;
  if (size > maxBytes) {
    problems.push({
      file,
      field: '',
      message: `文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过上限 ${maxBytes / 1024 / 1024} MB：内容文件只写文字和数据，请删去粘贴进来的多余内容，或拆成几个文件`,
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    problems.push({
      file,
      field: '',
      message:
        '文件不是 UTF-8 编码（可能是 GBK/GB18030）：网站只读 UTF-8，请在编辑器里用“另存为 → 编码 UTF-8”重新保存（表格导入请用 npm run import-list，它会自动转换）',
    });
    return undefined;
  }
}

/** Splits a Markdown file into front matter and body. */
function splitFrontMatter(
  source: string,
  file: string,
  problems: Problem[],
): { data: unknown; body: string; bodyLine: number } | undefined {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) {
    problems.push({
      file,
      field: '',
      message:
        '文件开头缺少元数据（front matter）：第一行必须是 ---，接着写标题等字段，再以一行 --- 结束，然后才是正文',
    });
    return undefined;
  }
  const data = parseYaml(match[1], file, 1, problems);
  // Lines before the body, so a problem in the body names the line of the file.
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { data, body: text.slice(match[0].length), bodyLine };
}

/** The files of a folder, depth first; symbolic links are reported for the whole content directory, not followed. */
function walk(dir: string): string[] {
  if (!existsSync(dir) || lstatSync(dir).isSymbolicLink()) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const st = lstatSync(path);
      if (st.isSymbolicLink()) return [];
      return st.isDirectory() ? walk(path) : [path];
    });
}

/** Reads every content file under `dir`. Never throws for bad content: it returns Problems. */
export function readContent(dir: string = contentDir()): RawContent {
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  const display = displayer(dir);
  const files: RawContent['files'] = [];
  const drafts: RawDraft[] = [];
  const result: RawContent = { dir, entries, files, drafts, problems };

  // A link could read (and publish) a file from anywhere on the machine: refused, never followed.
  for (const link of symlinksUnder(dir)) {
    problems.push({ file: display(join(dir, link.path)), field: '', message: symlinkMessage(link.target, 'content/') });
  }

  const settingsPath = join(dir, SETTINGS_FILE);
  if (existsSync(settingsPath) && !lstatSync(settingsPath).isSymbolicLink()) {
    const file = display(settingsPath);
    const source = readText(settingsPath, file, LIMITS.yamlBytes, problems);
    const data = source === undefined ? undefined : parseYaml(source.replace(/^\uFEFF/, ''), file, 0, problems);
    if (data !== undefined) result.settings = { file, data };
  } else if (!existsSync(settingsPath)) {
    problems.push({
      file: display(settingsPath),
      field: '',
      message: '找不到网站设置文件：请在内容目录中创建 settings.yaml（网站名称、主办单位、县（市、区）名单等）',
    });
  }

  for (const kind of KINDS) {
    const { dir: sub, extensions } = COLLECTIONS[kind];
    for (const path of walk(join(dir, sub))) {
      const file = display(path);
      const ext = extensions.find((e) => path.endsWith(e));
      if (!ext) {
        if (/\.(md|markdown|txt)$/i.test(path) && /readme/i.test(path)) continue;
        problems.push({
          file,
          field: '',
          message: `这里只能放 ${extensions.join('、')} 文件：请改用正确的扩展名，或把文件移出 content/${sub}/`,
        });
        continue;
      }
      const id = path.slice(path.lastIndexOf(sep) + 1, -ext.length);
      files.push({ kind, id, file });
      const source = readText(path, file, kind === 'policy' ? LIMITS.markdownBytes : LIMITS.yamlBytes, problems);
      if (source === undefined) continue;
      const hints = [...source.matchAll(DRAFT_MARK)].map((m) => m[1].trim());
      const own: Problem[] = [];
      let entry: RawEntry | undefined;
      if (BODY_KINDS.has(kind)) {
        const parsed = splitFrontMatter(source, file, own);
        if (parsed && parsed.data !== undefined)
          entry = {
            kind,
            id,
            file,
            data: parsed.data,
            body: parsed.body,
            bodyLine: parsed.bodyLine,
            mdx: ext === '.mdx',
          };
      } else {
        const data = parseYaml(source.replace(/^\uFEFF/, ''), file, 0, own);
        if (data !== undefined) entry = { kind, id, file, data };
      }
      if (hints.length > 0) {
        drafts.push({ kind, id, file, hints, data: entry?.data, problems: own });
        continue;
      }
      problems.push(...own);
      if (entry) entries.push(entry);
    }
  }
  return result;
}
