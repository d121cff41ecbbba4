/**
 * Reads the content directory from disk into raw, unvalidated records. It
 * parses YAML and Markdown front matter and reports syntax errors as
 * Problems; it knows nothing of the schemas (see validate.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { Problem } from './problems.ts';

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

export interface RawContent {
  /** Absolute path of the content directory that was read. */
  dir: string;
  settings?: { file: string; data: unknown };
  entries: RawEntry[];
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
  const cwd = process.cwd();
  const root = dir.startsWith(cwd + sep) ? cwd : dirname(dir);
  return (path) => relative(root, path).split(sep).join('/');
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
  return doc.toJS();
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

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Reads every content file under `dir`. Never throws for bad content: it returns Problems. */
export function readContent(dir: string = contentDir()): RawContent {
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  const display = displayer(dir);
  const result: RawContent = { dir, entries, problems };

  const settingsPath = join(dir, SETTINGS_FILE);
  if (existsSync(settingsPath)) {
    const file = display(settingsPath);
    const data = parseYaml(readFileSync(settingsPath, 'utf8').replace(/^\uFEFF/, ''), file, 0, problems);
    if (data !== undefined) result.settings = { file, data };
  } else {
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
      const source = readFileSync(path, 'utf8');
      if (BODY_KINDS.has(kind)) {
        const parsed = splitFrontMatter(source, file, problems);
        if (parsed && parsed.data !== undefined)
          entries.push({
            kind,
            id,
            file,
            data: parsed.data,
            body: parsed.body,
            bodyLine: parsed.bodyLine,
            mdx: ext === '.mdx',
          });
      } else {
        const data = parseYaml(source.replace(/^\uFEFF/, ''), file, 0, problems);
        if (data !== undefined) entries.push({ kind, id, file, data });
      }
    }
  }
  return result;
}
