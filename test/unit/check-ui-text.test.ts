import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroLiterals, checkUiText, tsLiterals } from '../../scripts/check-ui-text.ts';

const texts = (found: { text: string }[]) => found.map((l) => l.text);

describe('the UI-text check: literals in TypeScript', () => {
  it('finds Chinese in strings, templates and property names', () => {
    const source = [
      "const a = '有效';",
      'const b = `自${day}起施行。`;',
      "const c = { 国家级: 'national' };",
      "const d = 'in-force';",
    ].join('\n');
    expect(texts(tsLiterals(source))).toEqual(['有效', '自', '起施行。', '国家级']);
  });

  it('leaves comments, patterns, thrown messages, imports and punctuation alone', () => {
    const source = [
      "import { t } from './中文.ts';",
      '// 注释：有效期',
      '/** 文档注释 */',
      'const r = /^第[一二三]+条$/;',
      "const s = new RegExp('年\\\\s*号');",
      'throw new Error(`SITE_AS_OF 不是有效日期`);',
      'throw new TypeError("类型错误");',
      'const p = `《${title}》（${n}）、`;',
    ].join('\n');
    expect(tsLiterals(source)).toEqual([]);
  });
});

describe('the UI-text check: literals in .astro files', () => {
  it('finds Chinese in front matter, markup, attributes, expressions and scripts', () => {
    const source = [
      '---',
      "const label = '标签';",
      '---',
      '<p title="标题">正文 {x && \'文字\'} {`共 ${n} 个`}</p>',
      '<script>',
      "  el.textContent = '脚本里的字';",
      '</script>',
    ].join('\n');
    expect(texts(astroLiterals(source))).toEqual(['标签', '标题', '正文', '文字', '共', '个', '脚本里的字']);
  });

  it('leaves comments, URL attributes, styles and punctuation alone', () => {
    const source = [
      '---',
      '// 注释',
      'const re = /^第[一二]+章$/;',
      '---',
      '<!-- 注释 -->',
      '<a href={`/policies/${id}/#第四条`}>{label}</a>：{`（${n}）`}',
      '<img src="/图片.png" alt={alt} />',
      "<style>p::after { content: '（注）'; }</style>",
    ].join('\n');
    expect(astroLiterals(source)).toEqual([]);
  });

  it('says where a literal is', () => {
    const [first] = astroLiterals('---\n---\n<p>\n  下载\n</p>');
    expect(first?.text).toBe('下载');
  });
});

/** A small tree with the given files, for checkUiText. */
function tree(files: Record<string, string>): string {
  const base = mkdtempSync(join(tmpdir(), 'ui-text-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

describe('the UI-text check over a tree', () => {
  it('reports each literal with file and line, and skips src/i18n', () => {
    const base = tree({
      'src/i18n/zh.ts': "export const t = { a: '字' };",
      'src/rules/x.ts': "export const ok = 'ok';\nexport const label = '有效';",
      'src/components/X.astro': '---\n---\n<p>尚无公布记录。</p>',
    });
    const problems = checkUiText(base, []);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.text}`)).toEqual([
      'src/components/X.astro:3 尚无公布记录。',
      'src/rules/x.ts:2 有效',
    ]);
    expect(problems[0]?.message).toContain('move it to the area module of src/i18n');
  });

  it('lets an allowance cover a folder or one literal, and reports an allowance that matches nothing', () => {
    const base = tree({
      'src/schemas/a.ts': "export const message = '必须是日期';",
      'src/rules/levels.ts': "export const LEVELS = ['市级', '省级'];",
    });
    const problems = checkUiText(base, [
      { path: 'src/schemas/', reason: 'messages' },
      { path: 'src/rules/levels.ts', text: '市级', reason: 'content value' },
      { path: 'src/rules/levels.ts', text: '国家级', reason: 'content value' },
    ]);
    expect(problems.map((p) => `${p.file} ${p.text}`)).toEqual([
      'src/rules/levels.ts 省级',
      'src/rules/levels.ts 国家级',
    ]);
    expect(problems[1]?.message).toContain('matches nothing');
  });

  it('refuses the whole dictionary in browser code, not in server code', () => {
    const base = tree({
      'src/i18n/zh.ts': 'export const t = {};',
      'src/i18n/validity.ts': 'export const validityText = {};',
      'src/client/a.ts': "import { t } from '../i18n/zh.ts';\nimport { validityText } from '../i18n/validity.ts';",
      'src/rules/b.ts': "import type { t } from '../i18n/zh.ts';",
      'src/components/C.astro':
        "---\nimport { t } from '../i18n/zh.ts';\n---\n<script>\n  import { t } from '../i18n/zh.ts';\n</script>",
    });
    const problems = checkUiText(base, []);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['src/client/a.ts:1', 'src/components/C.astro:5']);
    expect(problems.every((p) => p.message.includes('the whole dictionary'))).toBe(true);
  });
});
