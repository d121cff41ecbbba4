/**
 * The UI-text check (`npm run check:ui-text`, part of `npm run lint`): the
 * words readers see live in src/i18n, nowhere else.
 *
 * 1. No Chinese literal outside src/i18n. A literal is any string, template
 *    or JSX text (in .astro: front matter, markup, attribute values and
 *    <script>s) that contains a CJK ideograph. Not literals, and so not
 *    looked at: comments, regular expressions and `new RegExp(…)` patterns
 *    (they match what documents and readers write), the message of a
 *    thrown `new …Error(…)` (for whoever runs the build, not for readers),
 *    URL attributes of .astro markup (href, src, srcset, action: a `#第四条`
 *    is an anchor of the document, not text), and punctuation alone
 *    (（）、《》：are typography between words the dictionary gives).
 *    Every other exception is an entry of UI_TEXT_ALLOWED below, with its
 *    reason; an entry that no longer matches anything is itself a problem,
 *    so the list cannot outlive its reasons.
 * 2. Browser code imports only the area modules it uses (src/i18n/<area>.ts),
 *    never the entry point src/i18n/zh.ts, which holds every area: a page
 *    would download the whole dictionary for a few of its words.
 *
 * Prints every problem with file, line, text and fix; exits non-zero when
 * there is one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';
import { LAYERS, astroImports, importsOf, layerOf } from './check-layers.ts';

/** An exception to rule 1: literals under a path that are not UI text, and why. */
export interface Allowance {
  /** A file, or a folder ending in '/'. */
  path: string;
  /** The one literal allowed (its exact text); without it, every literal under `path`. */
  text?: string;
  reason: string;
}

const MESSAGES_NEXT_TO_RULES =
  'validation messages are sentences for the clerk who wrote the file, not UI text; each stays next to the rule it explains (STYLE.md §2), and test/unit/validation.test.ts pins them';

/** The exceptions to rule 1, each with its reason. */
export const UI_TEXT_ALLOWED: Allowance[] = [
  {
    path: 'src/schemas/',
    reason: `${MESSAGES_NEXT_TO_RULES}; the enums are the content's own vocabulary (文种, 级别, 认定…)`,
  },
  { path: 'src/content/', reason: MESSAGES_NEXT_TO_RULES },
  {
    path: 'src/publishing/',
    reason:
      'the clerk’s commands (import, scaffold, URL manifest): their messages and the commented templates they write are for the clerk at the terminal, next to the rule each explains, like validation messages',
  },
  {
    path: 'src/rules/cluster-names.ts',
    reason:
      'the suffixes lists write after a cluster’s name (特色产业集群, 产业集群, 集群), compared to match names, never shown',
  },
  {
    path: 'src/rules/numbering.ts',
    reason:
      'the numbering grammar of official documents (第…章/节/条, 专栏) that anchors are parsed from and named after: the documents’ structure, not UI text',
  },
  {
    path: 'src/rules/cluster-timeline.ts',
    text: '十四',
    reason: 'the number of 管理办法 第十四条, whose item a revocation links to (an anchor of the document), not text',
  },
  {
    path: 'src/rules/index-number.ts',
    text: '未编号',
    reason:
      'the value a clerk writes for an item whose real 索引号 is unknown (content vocabulary, like the enums of the schemas), matched by validation',
  },
  {
    path: 'src/rules/eligibility.ts',
    text: '四',
    reason:
      'the number of 管理办法 第四条, whose conditions the indicators link to (an anchor of the document), not text',
  },
  {
    path: 'src/search/',
    reason:
      'the query side matches what readers type (年, 号 of document numbers); it shows no text of its own (the search page’s words reach it through data attributes)',
  },
  {
    path: 'src/outputs/search/',
    reason:
      'the search documents and records are index text whose words decide measured recall (bench:search); they are being reworked with search ranking and move to src/i18n/search.ts with that work',
  },
  {
    path: 'src/rules/levels.ts',
    reason: 'the three levels are content values (the schema’s enum, the words announcements use), not labels',
  },
  {
    path: 'src/rules/directory.ts',
    text: '国家级',
    reason: 'a level (content value) mapped to its URL slug',
  },
  { path: 'src/rules/directory.ts', text: '省级', reason: 'a level (content value) mapped to its URL slug' },
  { path: 'src/rules/directory.ts', text: '市级', reason: 'a level (content value) mapped to its URL slug' },
  {
    path: 'src/model/model.ts',
    text: '复核',
    reason: 'a notice entry’s action as content files write it (schemas/notice.ts), compared, not shown',
  },
  {
    path: 'src/pages/about.astro',
    text: '功能区',
    reason: 'a county kind as settings.yaml writes it (schemas/settings.ts), compared, not shown',
  },
  { path: 'src/outputs/docx.ts', text: '黑体', reason: 'a font family name in the Word document, not text' },
  { path: 'src/outputs/docx.ts', text: '宋体', reason: 'a font family name in the Word document, not text' },
];

/** A literal that breaks rule 1, or an import that breaks rule 2. */
export interface UiTextProblem {
  file: string;
  line: number;
  text: string;
  message: string;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action']);
const ENTRY_POINT = 'src/i18n/zh.ts';

const root = resolve(import.meta.dirname, '..');

/** One literal with a CJK ideograph, and where it starts. */
export interface Literal {
  text: string;
  /** Offset in the source text. */
  at: number;
}

const isErrorConstructor = (name: string | undefined) => name !== undefined && /(^|\.)(\w*Error|RegExp)$/.test(name);

/** The Chinese literals of TypeScript source, as rule 1 reads them. */
export function tsLiterals(source: string, fileName = 'x.ts'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    if (CJK.test(text)) found.push({ text, at: node.getStart(file) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && isErrorConstructor(node.expression.getText(file))) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) add(node, node.text);
    else if (ts.isIdentifier(node)) add(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

interface EsNode {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is EsNode =>
  typeof v === 'object' && v !== null && typeof (v as EsNode).type === 'string';

/** The dotted name of a callee (`Error`, `z.ZodError`), or undefined. */
function calleeName(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'MemberExpression' && isNode(node.property) && node.property.type === 'Identifier')
    return `${calleeName(node.object) ?? ''}.${node.property.name as string}`;
  return undefined;
}

/** The Chinese literals of an .astro file (front matter, markup, <script>s), as rule 1 reads them. */
export function astroLiterals(source: string, fileName = 'x.astro'): Literal[] {
  const { ast, diagnostics } = parseAstro(source) as unknown as {
    ast: EsNode;
    diagnostics: { severity?: string; text?: string; message?: string }[];
  };
  const errors = diagnostics.filter((d) => (d.severity ?? 'error').toLowerCase() === 'error');
  if (errors.length > 0)
    throw new Error(`${fileName}: cannot parse: ${errors.map((d) => d.text ?? d.message).join('; ')}`);
  const found: Literal[] = [];
  const add = (node: EsNode, text: string) => {
    if (CJK.test(text)) found.push({ text: text.trim(), at: node.start });
  };
  const visit = (node: EsNode): void => {
    switch (node.type) {
      case 'AstroComment':
        return;
      case 'NewExpression':
        if (isErrorConstructor(calleeName(node.callee))) return;
        break;
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        return;
      case 'JSXAttribute': {
        const name = isNode(node.name) ? (node.name.name as string) : '';
        if (URL_ATTRIBUTES.has(name)) return;
        break;
      }
      case 'JSXElement': {
        // A <style>'s text is CSS.
        const opening = node.openingElement as EsNode;
        if (isNode(opening.name) && opening.name.name === 'style') return;
        break;
      }
      case 'Literal':
        if (typeof node.value === 'string' && !node.regex) add(node, node.value);
        return;
      case 'TemplateElement':
        add(node, (node.value as { cooked?: string; raw: string }).cooked ?? '');
        return;
      case 'JSXText':
        add(node, node.value as string);
        return;
      case 'Identifier':
      case 'JSXIdentifier':
        add(node, node.name as string);
        return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type') continue;
      if (Array.isArray(value)) {
        for (const v of value) if (isNode(v)) visit(v);
      } else if (isNode(value)) visit(value);
    }
  };
  visit(ast);
  return found;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;
const covers = (a: Allowance, file: string) => (a.path.endsWith('/') ? file.startsWith(a.path) : file === a.path);

/**
 * Checks every .ts and .astro file under src/ (but src/i18n) against both
 * rules; `allowed` defaults to UI_TEXT_ALLOWED.
 */
export function checkUiText(base: string = root, allowed: Allowance[] = UI_TEXT_ALLOWED): UiTextProblem[] {
  const problems: UiTextProblem[] = [];
  const used = new Set<Allowance>();
  const files = filesUnder(join(base, 'src'))
    .map((f) => relative(base, f))
    .filter((f) => !f.startsWith('src/i18n/'))
    .sort();
  for (const file of files) {
    const source = readFileSync(join(base, file), 'utf8');
    const astro = file.endsWith('.astro');
    for (const literal of astro ? astroLiterals(source, file) : tsLiterals(source, file)) {
      const allowance = allowed.find((a) => covers(a, file) && (a.text === undefined || a.text === literal.text));
      if (allowance) {
        used.add(allowance);
        continue;
      }
      problems.push({
        file,
        line: lineAt(source, literal.at),
        text: literal.text,
        message:
          'UI text outside the dictionary: move it to the area module of src/i18n it belongs to (listed in src/i18n/zh.ts) and use it from there; if it is not UI text, add an entry with the reason to UI_TEXT_ALLOWED in scripts/check-ui-text.ts',
      });
    }
    const layer = layerOf(file);
    const browserModule = layer !== undefined && LAYERS[layer]?.browser === true;
    const imports = astro ? astroImports(source, file) : importsOf(source, file);
    for (const imp of imports) {
      if (!(browserModule || imp.inBrowserScript) || imp.typeOnly || !imp.specifier.startsWith('.')) continue;
      const target = relative(base, resolve(dirname(join(base, file)), imp.specifier));
      if (target !== ENTRY_POINT) continue;
      // A <script>'s import is the one after the first <script> tag (front matter comes first).
      const at = source.indexOf(imp.specifier, imp.inBrowserScript ? source.indexOf('<script') : 0);
      problems.push({
        file,
        line: lineAt(source, at < 0 ? 0 : at),
        text: imp.specifier,
        message: `browser code imports ${ENTRY_POINT}, the whole dictionary: import the area modules it uses (src/i18n/<area>.ts) instead`,
      });
    }
  }
  for (const a of allowed) {
    if (used.has(a)) continue;
    problems.push({
      file: a.path,
      line: 0,
      text: a.text ?? '',
      message: `UI_TEXT_ALLOWED has an entry that matches nothing (reason: ${a.reason}): remove it from scripts/check-ui-text.ts`,
    });
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkUiText();
  for (const p of problems)
    console.error(`✗ ${p.file}${p.line ? `:${p.line}` : ''}${p.text ? ` 「${p.text}」` : ''}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} UI-text problem(s). Where UI text lives: src/i18n/zh.ts`);
    process.exit(1);
  }
  console.log('✓ UI text comes from src/i18n; browser code imports only the areas it uses');
}
