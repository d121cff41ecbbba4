/**
 * Reads an MDX body with the parser that renders it (Sätteri's) and reports
 * everything outside the allowed language of mdx-components.ts: imports and
 * exports, {expressions}, unknown elements (HTML included: Markdown says it),
 * attribute expressions and spreads, unknown or missing attributes, content
 * where a component takes none. It also lists each use of a component with
 * its literal attributes, so checks/mdx.ts can test them against the content
 * (a figure that exists, a policy that exists, an anchor in its text).
 */
import { mdxToMdast } from 'satteri';
import { MDX_COMPONENTS, type MdxComponentName } from '../markdown/mdx-components.ts';

/** A problem in an MDX body, at a line of the body. */
export interface MdxIssue {
  line: number;
  message: string;
}

/** One use of an allowed component, with its literal attributes. */
export interface MdxUse {
  line: number;
  name: MdxComponentName;
  attributes: Record<string, string>;
  /** The text of its content (for the checks of a 图解's long description, a 问答's answer). */
  text: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const textOf = (n: Node): string =>
  n.type === 'text' || n.type === 'inlineCode' ? String(n.value ?? '') : (n.children ?? []).map(textOf).join('');

const isAllowed = (name: string): name is MdxComponentName => Object.hasOwn(MDX_COMPONENTS, name);

/** Checks an MDX body; `lineOffset` is the number of lines before the body in its file (the front matter). */
export function checkMdx(body: string, lineOffset = 0): { issues: MdxIssue[]; uses: MdxUse[] } {
  const issues: MdxIssue[] = [];
  const uses: MdxUse[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (e) {
    const message = String((e as Error).message);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    const line = (m ? Number(m[1]) : 1) + lineOffset;
    issues.push({
      line,
      message: `MDX 无法解析（${(m ? m[3] : message).replace(/\s*\(mdx-[\w:-]+\)$/, '')}）：正文中的 { } < > 在 MDX 里有特殊含义，作文字使用时请写成 \\{ \\} \\< \\>，注释请删去；组件标签必须成对或以 /> 结尾`,
    });
    return { issues, uses };
  }
  const allowed = Object.keys(MDX_COMPONENTS).join('、');
  const visit = (n: Node) => {
    const line = (n.position?.start.line ?? 1) + lineOffset;
    switch (n.type) {
      case 'mdxjsEsm':
        issues.push({
          line,
          message: `不允许 import 或 export（「${String(n.value).split('\n')[0].slice(0, 40)}」）：本站的 MDX 只能使用固定的组件（${allowed}），它们无需导入；请删除这一行`,
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        issues.push({
          line,
          message: `不允许 { } 表达式（「{${String(n.value).slice(0, 40)}}」）：数字请用 <LiveFigure name="…" /> 由网站计算；如果只是文字中的花括号，请写成 \\{ 和 \\}`,
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        if (!isAllowed(name)) {
          issues.push({
            line,
            message: name
              ? `不认识的组件或标签 <${name}>：MDX 中只能使用 ${allowed}；标题、列表、链接、粗体请用 Markdown 写法`
              : `不允许空标签 <></>：请删除它，只保留其中的文字`,
          });
          return;
        }
        const spec = MDX_COMPONENTS[name];
        const attributes: Record<string, string> = {};
        for (const a of n.attributes ?? []) {
          if (a.type !== 'mdxJsxAttribute') {
            issues.push({
              line,
              message: `<${name}> 不允许 {...} 展开属性：请逐个写出属性，值用引号括起，例如 name="…"`,
            });
            continue;
          }
          const attr = a.name ?? '';
          if (!Object.hasOwn(spec.attributes, attr)) {
            issues.push({
              line,
              message: `<${name}> 没有属性「${attr}」：可用的属性是 ${Object.keys(spec.attributes).join('、')}`,
            });
            continue;
          }
          if (typeof a.value !== 'string') {
            issues.push({
              line,
              message: `<${name}> 的属性 ${attr} 必须是引号中的文字（${attr}="…"），不能是 { } 表达式或空值`,
            });
            continue;
          }
          attributes[attr] = a.value;
        }
        for (const [attr, s] of Object.entries(spec.attributes)) {
          if (s.required && !(attr in attributes) && !(n.attributes ?? []).some((a) => a.name === attr)) {
            issues.push({ line, message: `<${name}> 缺少必填属性 ${attr}：请写成 ${attr}="…"` });
          }
        }
        const text = textOf(n).trim();
        const hasChildren = (n.children ?? []).length > 0;
        if (spec.children === 'none' && hasChildren) {
          issues.push({ line, message: `<${name}> 不带内容：请写成自闭合标签 <${name} … />` });
        }
        if (spec.children === 'required' && !text) {
          issues.push({ line, message: `<${name}> 必须有内容：请在 <${name} …> 和 </${name}> 之间写上正文` });
        }
        uses.push({ line, name, attributes, text });
        break;
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return { issues, uses };
}
