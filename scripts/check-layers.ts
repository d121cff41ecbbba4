/**
 * The layer check (`npm run check:layers`, part of `npm test`): every import
 * in src/ must go to a layer its own layer may use (docs/architecture.md),
 * browser code must never reach Node-only code, and no module may import
 * itself through others (a cycle, type-only imports included).
 *
 * Browser code is every module in a browser-safe layer and every
 * `<script>` of an .astro file (Astro bundles those for the reader's
 * browser). A type-only import is erased before any bundle is made, so it
 * may also point at the layers listed under `types`.
 *
 * Prints every violation with the file, the import and the rule; exits
 * non-zero when there is one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A layer of src/: the folder it lives in, the layers it may import from, and whether it runs in the browser. */
export interface Layer {
  folder: string;
  /** Layers it may import values (and types) from, besides itself. */
  uses: string[];
  /** Further layers it may import types from (erased before bundling). */
  types?: string[];
  /** Browser-safe: no Node built-ins, no package outside `packages`. */
  browser?: boolean;
  /** Packages it may import (browser layers only; any for Node layers). */
  packages?: string[];
}

const BELOW_MODEL = ['history', 'content', 'markdown', 'schemas', 'search', 'rules', 'format', 'i18n'];
const BELOW_VIEWS = ['outputs', 'model', ...BELOW_MODEL];

/** The layers, lowest first (docs/architecture.md explains each). */
export const LAYERS: Record<string, Layer> = {
  // The words of a rule's codes are written for its result types (a validity, a timeline item): types only, erased.
  i18n: { folder: 'src/i18n', uses: [], types: ['rules'], browser: true },
  format: { folder: 'src/format', uses: ['i18n'], browser: true },
  rules: { folder: 'src/rules', uses: ['format', 'i18n'], types: ['schemas'], browser: true },
  search: { folder: 'src/search', uses: ['rules', 'format', 'i18n'], types: ['schemas'], browser: true },
  client: { folder: 'src/client', uses: ['search', 'rules', 'format', 'i18n'], types: ['schemas'], browser: true },
  schemas: { folder: 'src/schemas', uses: ['rules', 'format', 'i18n'] },
  markdown: { folder: 'src/markdown', uses: ['schemas', 'rules', 'format', 'i18n'] },
  content: { folder: 'src/content', uses: ['markdown', 'schemas', 'rules', 'format', 'i18n'] },
  history: { folder: 'src/history', uses: ['content', 'markdown', 'schemas', 'rules', 'format', 'i18n'] },
  model: { folder: 'src/model', uses: BELOW_MODEL },
  outputs: { folder: 'src/outputs', uses: ['model', ...BELOW_MODEL] },
  publishing: { folder: 'src/publishing', uses: BELOW_VIEWS },
  // The Astro side: wiring, components, layouts and routes render what the layers below computed.
  wiring: { folder: 'src/content.config.ts', uses: ['content', 'schemas'] },
  // Astro's request hook: in `astro dev` only, fills the as-of marks (src/outputs/as-of-fill.ts).
  middleware: { folder: 'src/middleware.ts', uses: ['outputs', 'rules'] },
  components: { folder: 'src/components', uses: ['components', 'styles', ...BELOW_VIEWS] },
  layouts: { folder: 'src/layouts', uses: ['components', 'styles', ...BELOW_VIEWS] },
  pages: { folder: 'src/pages', uses: ['layouts', 'components', 'styles', ...BELOW_VIEWS] },
  styles: { folder: 'src/styles', uses: [] },
};

/** One import found in a file. */
interface Import {
  specifier: string;
  typeOnly: boolean;
  /** True when it sits in an .astro <script>, which runs in the browser. */
  inBrowserScript: boolean;
}

export interface LayerProblem {
  file: string;
  specifier: string;
  message: string;
}

const root = resolve(import.meta.dirname, '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The layer a repository path belongs to, or undefined outside src/'s layers. */
export function layerOf(path: string): string | undefined {
  for (const [name, layer] of Object.entries(LAYERS)) {
    if (path === layer.folder || path.startsWith(`${layer.folder}/`)) return name;
  }
  return undefined;
}

/** The imports of a TypeScript source text, marked type-only where every imported name is a type. */
export function importsOf(source: string, fileName = 'x.ts', inBrowserScript = false): Import[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => found.push({ specifier, typeOnly, inBrowserScript });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : undefined;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && named !== undefined && named.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The imports of an .astro file: its front matter (server side) and its <script> tags (browser side). */
export function astroImports(source: string, fileName: string): Import[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const found = front ? importsOf(front[1] ?? '', fileName) : [];
  // A <script> without is:inline (or a src) is bundled by Astro for the browser.
  for (const m of source.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\bis:inline\b|\bset:html\b|type="application\/(ld\+)?json"/.test(attrs)) continue;
    found.push(...importsOf(m[2] ?? '', fileName, true));
  }
  return found;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(ts|astro|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Checks the imports of every file under src/; returns every problem found. */
export function checkLayers(base: string = root): LayerProblem[] {
  const problems: LayerProblem[] = [];
  const graph = new Map<string, string[]>();
  // The command-line side (scripts/, bench/) may import any layer, but takes part in the cycle check.
  for (const file of [...filesUnder(join(base, 'scripts')), ...filesUnder(join(base, 'bench'))].map((f) =>
    relative(base, f),
  )) {
    const imports = importsOf(readFileSync(join(base, file), 'utf8'), file);
    graph.set(
      file,
      imports
        .filter((i) => i.specifier.startsWith('.'))
        .map((i) => relative(base, resolve(dirname(join(base, file)), i.specifier))),
    );
  }
  const files = filesUnder(join(base, 'src')).map((f) => relative(base, f));
  for (const file of files) {
    const layerName = layerOf(file);
    const source = readFileSync(join(base, file), 'utf8');
    if (!layerName) {
      problems.push({
        file,
        specifier: '',
        message: 'file is in no layer: move it into one of the folders of docs/architecture.md',
      });
      continue;
    }
    const layer = LAYERS[layerName] as Layer;
    const imports = file.endsWith('.astro') ? astroImports(source, file) : importsOf(source, file);
    const edges: string[] = [];
    for (const imp of imports) {
      const browser = layer.browser === true || imp.inBrowserScript;
      const where = imp.inBrowserScript ? `${layerName} <script> (runs in the browser)` : layerName;
      if (imp.specifier.startsWith('.')) {
        const target = relative(base, resolve(dirname(join(base, file)), imp.specifier));
        edges.push(target);
        const targetLayer = layerOf(target);
        if (!targetLayer) {
          problems.push({
            file,
            specifier: imp.specifier,
            message: `imports ${target}, which is outside src/'s layers`,
          });
          continue;
        }
        if (targetLayer === layerName && !imp.inBrowserScript) continue;
        if (imp.inBrowserScript) {
          const target = LAYERS[targetLayer] as Layer;
          if (!target.browser && !(imp.typeOnly && ['schemas'].includes(targetLayer)))
            problems.push({
              file,
              specifier: imp.specifier,
              message: `${where} imports the ${targetLayer} layer, which is not browser-safe: import from src/client, src/search, src/rules, src/format or src/i18n`,
            });
          continue;
        }
        const allowed = layer.uses.includes(targetLayer) || (imp.typeOnly && (layer.types ?? []).includes(targetLayer));
        if (!allowed)
          problems.push({
            file,
            specifier: imp.specifier,
            message: `the ${where} layer may not import the ${targetLayer} layer${imp.typeOnly ? ' (even for types)' : ''}; it may use ${[...layer.uses, ...(layer.types ?? []).map((t) => `${t} (types)`)].join(', ') || 'nothing'}`,
          });
      } else if (browser && !imp.typeOnly) {
        const name = packageOf(imp.specifier);
        if (NODE_BUILTINS.has(imp.specifier) || NODE_BUILTINS.has(name))
          problems.push({
            file,
            specifier: imp.specifier,
            message: `${where} is browser code and imports the Node built-in ${imp.specifier}`,
          });
        else if (!(layer.packages ?? []).includes(name) && !imp.inBrowserScript)
          problems.push({
            file,
            specifier: imp.specifier,
            message: `${where} is browser code and imports the package ${name}, which is not on its list`,
          });
        else if (imp.inBrowserScript)
          problems.push({
            file,
            specifier: imp.specifier,
            message: `${where} imports the package ${name}: browser scripts import only src/client`,
          });
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of cycles(graph)) {
    problems.push({
      file: cycle[0] ?? '',
      specifier: '',
      message: `import cycle: ${[...cycle, cycle[0]].join(' → ')}; move what both need into a module of its own`,
    });
  }
  return problems;
}

/** Strongly connected components with more than one file (Tarjan), each as a list of files. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.reverse());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkLayers();
  for (const p of problems) console.error(`✗ ${p.file}${p.specifier ? ` → ${p.specifier}` : ''}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} layer problem(s). The layers and what each may import: docs/architecture.md`);
    process.exit(1);
  }
  console.log('✓ every import in src/ follows the layers (docs/architecture.md)');
}
