/**
 * The rules of a policy body's text, read the way the Markdown parser reads
 * it (satteri's own mdast, so code spans, escapes and comments mean what they
 * will mean on the page) and its raw HTML parsed as a browser would (parse5):
 * only the elements, attributes and classes official documents need
 * (src/markdown/allowed-html.ts), links only to safe schemes, and no
 * invisible characters that reorder or hide text. Each problem names the line.
 * The rendered tree is sanitised anyway (src/markdown/sanitize.ts); this
 * check is what tells the clerk.
 */
import { parseFragment } from 'parse5';
import { markdownToMdast } from 'satteri';
import { DOCUMENT_CLASSES, SOURCE_ATTRIBUTES, SOURCE_ID_TAGS, SOURCE_TAGS } from '../../markdown/allowed-html.ts';
import { isSafeUrl } from '../../markdown/safe-urls.ts';
import { FORBIDDEN_CHARS, describeForbidden } from '../../schemas/common.ts';
import type { Problem } from '../problems.ts';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: { startLine: number };
}

const LINK_RULE = '链接只能指向 http(s) 网址、本站页面或电子邮箱，请删除它';

/** Bidi, control and zero-width characters in a body (Markdown or MDX), one problem per line. */
export function invisibleCharProblems(file: string, body: string): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((text, i) => {
    const m = FORBIDDEN_CHARS.exec(text);
    if (m) {
      problems.push({
        file,
        field: 'body',
        message: `正文第 ${i + 1} 行含有看不见的${describeForbidden(m[0])}（常由复制粘贴带入），它会改变或隐藏文字的显示：请删除这一行里的该字符后重新输入`,
      });
    }
  });
  return problems;
}

/** Every problem of one policy body; `file` is the policy's file as shown in messages. */
export function bodyProblems(file: string, body: string): Problem[] {
  const problems: Problem[] = invisibleCharProblems(file, body);
  const add = (line: number, message: string) =>
    problems.push({ file, field: 'body', message: `正文第 ${line} 行${message}` });

  const visit = (node: MdNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html' && node.value) htmlProblems(node.value, line, add);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) {
      if (!isSafeUrl(node.url)) add(line, `有不安全的链接地址「${schemeOf(node.url)}」：${LINK_RULE}`);
    }
    node.children?.forEach(visit);
  };
  visit(markdownToMdast(body) as MdNode);
  return problems;
}

/** The scheme of a URL as a browser reads it (control characters and spaces ignored). */
function schemeOf(url: string): string {
  // eslint-disable-next-line no-control-regex -- browsers drop these inside a scheme
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^[^/?#]*?:/.exec(compact)?.[0] ?? compact.slice(0, 20);
}

/** The problems of one piece of raw HTML that starts on `line` of the body. */
function htmlProblems(html: string, line: number, add: (line: number, message: string) => void) {
  const walk = (node: HtmlNode) => {
    const at = line + (node.sourceCodeLocation?.startLine ?? 1) - 1;
    if (node.tagName) {
      const name = node.tagName;
      if (!SOURCE_TAGS.has(name)) {
        add(at, `有不允许的 HTML 标签 <${name}>：正文只能用 Markdown 和表格等基本标签，请删除它`);
      } else {
        for (const a of node.attrs ?? []) {
          if (!SOURCE_ATTRIBUTES.has(a.name)) {
            add(at, `的 <${name}> 带有不允许的属性 ${a.name}：只能用 ${[...SOURCE_ATTRIBUTES].join('、')}，请删除它`);
          } else if (a.name === 'class') {
            const unknown = a.value.split(/\s+/).filter((c) => c && !DOCUMENT_CLASSES.includes(c));
            if (unknown.length > 0) {
              add(
                at,
                `的 <${name}> 用了网站自己的或未知的样式 class="${unknown.join(' ')}"：正文只能用 ${DOCUMENT_CLASSES.join('、')}，请删除或改成其中之一`,
              );
            }
          } else if (a.name === 'id' && !SOURCE_ID_TAGS.has(name)) {
            add(at, `的 <${name}> 带有 id：条款的锚点由网站自动生成，只有附件表格（<table>）可以写 id，请删除它`);
          }
        }
      }
    }
    node.childNodes?.forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as HtmlNode);
}
