/**
 * The rules of policy documents that a schema cannot see: raw HTML in the
 * body stays within what official documents need, every reference resolves,
 * a reference into a document names an anchor that is really there, time
 * runs forward, and replacement has no loops. Each problem says the rule and
 * the fix.
 */
import { anchorsOf } from '../../markdown/outline.ts';
import { partialEnd, partialStart } from '../../rules/dates.ts';
import type { Content, PolicyEntry } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { References } from './references.ts';

/** Every problem of the policy documents. */
export function policyProblems(c: Content, refs: References): Problem[] {
  const problems: Problem[] = [];
  for (const p of c.policies) {
    problems.push(...bodyProblems(p.file, p.body, p.mdx));
    problems.push(...refs.check(p.file, 'basis', 'policy', p.data.basis));
    problems.push(...refs.check(p.file, 'supersedes', 'policy', p.data.supersedes));
    if (p.data.supersedes.includes(p.id) || p.data.basis.includes(p.id)) {
      problems.push({ file: p.file, field: 'basis', message: '文件不能以自己为依据或替代自己：请删除指向本文件的 id' });
    }
    p.data.cites.forEach((x, i) => problems.push(...refs.checkOne(p.file, `cites.${i}.policy`, 'policy', x.policy)));
    problems.push(...refs.checkOne(p.file, 'interprets', 'policy', p.data.interprets));
  }
  problems.push(...policyRelationProblems(c.policies));
  return problems;
}

/**
 * Raw HTML a policy body may contain: what tables, boxed sections and
 * emphasis need. Anything else (script, iframe, event handlers, style) is
 * refused, so a pasted document cannot carry active content.
 */
const ALLOWED_TAGS = new Set([
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'div',
  'section',
  'aside',
  'p',
  'br',
  'span',
  'strong',
  'em',
  'sup',
  'sub',
  'ol',
  'ul',
  'li',
]);
const ALLOWED_ATTRS = new Set(['class', 'id', 'colspan', 'rowspan', 'scope', 'headers', 'lang']);

/**
 * The tags, attributes and link targets an official text may hold. `mdx`: the
 * body is a 解读 in MDX, whose elements checks/mdx.ts judges (only the fixed
 * components pass). Also applied to a draft's text (checks/consultation.ts).
 */
export function bodyProblems(file: string, body: string, mdx = false): Problem[] {
  const problems: Problem[] = [];
  // Blank out code (where tags are only text) but keep offsets, so line numbers stay right.
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const scan = body.replace(/```[\s\S]*?```/g, blank).replace(/`[^`\n]*`/g, blank);
  for (const m of scan.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [, closing, name, attrs] = m;
    const line = scan.slice(0, m.index).split('\n').length;
    if (mdx) continue;
    if (!ALLOWED_TAGS.has(name.toLowerCase())) {
      if (!closing) {
        problems.push({
          file,
          field: 'body',
          message: `正文第 ${line} 行有不允许的 HTML 标签 <${name}>：正文只能用 Markdown 和表格等基本标签，请删除它`,
        });
      }
      continue;
    }
    for (const a of attrs.matchAll(/([\w:-]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      if (!ALLOWED_ATTRS.has(a[1].toLowerCase())) {
        problems.push({
          file,
          field: 'body',
          message: `正文第 ${line} 行的 <${name}> 带有不允许的属性 ${a[1]}：只能用 ${[...ALLOWED_ATTRS].join('、')}，请删除它`,
        });
      }
    }
  }
  // Link targets that would run code or smuggle a document: refused wherever they appear,
  // including entity-encoded (java&#x73;cript:) or split by whitespace.
  const decoded = scan
    .replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)));
  for (const m of decoded.matchAll(/(?:java|vb)\s*script\s*:|data\s*:\s*text\/html/gi)) {
    const line = decoded.slice(0, m.index).split('\n').length;
    problems.push({
      file,
      field: 'body',
      message: `正文第 ${line} 行有不安全的链接地址「${m[0]}」：链接只能指向 http(s) 网址、本站页面或电子邮箱，请删除它`,
    });
  }
  return problems;
}

/** A document's date as written (成文日期, else 发布日期, else 施行日期), possibly only a year. */
const dateOf = (p: PolicyEntry) => p.data.issuedOn ?? p.data.publishedOn ?? p.data.effectiveFrom;
/** The earliest and the latest day that date can mean. */
function earliest(p: PolicyEntry): string | undefined {
  const d = dateOf(p);
  return d ? partialStart(d) : undefined;
}
function latest(p: PolicyEntry): string | undefined {
  const d = dateOf(p);
  return d ? partialEnd(d) : undefined;
}

/** Problems in the relations between policies (references to unknown ids are reported above). */
function policyRelationProblems(policies: readonly PolicyEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(policies.map((p) => [p.id, p]));

  for (const p of policies) {
    const d = p.data;
    // An anchor named in `at` must exist in this document's text, so the link lands on the article.
    const wanted: [string, string][] = [
      ...d.cites.flatMap((x, i): [string, string][] => (x.at ? [[`cites.${i}.at`, x.at]] : [])),
      ...d.externalBasis.flatMap((x, i): [string, string][] => (x.at ? [[`externalBasis.${i}.at`, x.at]] : [])),
    ];
    if (wanted.length > 0) {
      const anchors = anchorsOf(p.body);
      for (const [field, at] of wanted) {
        if (!anchors.has(at)) {
          const some = [...anchors].slice(0, 6).join('、');
          problems.push({
            file: p.file,
            field,
            message: `「${at}」不是本文件正文中的锚点：at 必须是正文里某一章、条或编号项的锚点（例如 ${some}），请对照页面上的“复制链接”核对，或删除 at`,
          });
        }
      }
    }

    d.cites.forEach((x, i) => {
      if (x.policy === p.id)
        problems.push({ file: p.file, field: `cites.${i}.policy`, message: '文件不能提及自己：请删除指向本文件的 id' });
    });

    if (d.interprets === p.id) {
      problems.push({
        file: p.file,
        field: 'interprets',
        message: '政策解读不能解读自己：interprets 应写被解读文件的 id',
      });
    }
    if (d.interprets && d.kind !== '解读') {
      problems.push({
        file: p.file,
        field: 'kind',
        message: `写了 interprets 的文件是政策解读，文种必须是「解读」（现为「${d.kind}」）：请把 kind 改为 解读`,
      });
    }
    if (!d.interprets && d.kind === '解读') {
      problems.push({
        file: p.file,
        field: 'interprets',
        message: '文种为「解读」的文件必须写明所解读的文件：请加上「interprets: 被解读文件的 id」',
      });
    }

    // Time runs forward: a document rests only on earlier ones and replaces only earlier ones.
    const later = (id: string) => {
      const other = byId.get(id);
      const mine = latest(p);
      const theirs = other && earliest(other);
      return other && mine && theirs && theirs > mine ? other : undefined;
    };
    d.basis.forEach((id, i) => {
      const b = later(id);
      if (b) {
        problems.push({
          file: p.file,
          field: `basis.${i}`,
          message: `依据「${id}」（${dateOf(b)}）晚于本文件（${dateOf(p)}）：文件只能以在它之前的文件为依据，请核对 basis 或两份文件的日期`,
        });
      }
    });
    d.supersedes.forEach((id, i) => {
      if (later(id)) {
        problems.push({
          file: p.file,
          field: `supersedes.${i}`,
          message: `被替代的文件「${id}」晚于本文件：新文件只能替代在它之前的文件，请核对 supersedes 的方向（应写在较新的文件里）`,
        });
      }
    });
  }

  // Replacement must not loop (A replaces B replaces A): the successor could never be found.
  const reported = new Set<string>();
  const loopFrom = (start: string): string[] | undefined => {
    const seen = new Set<string>();
    const walk = (id: string, path: string[]): string[] | undefined => {
      for (const next of byId.get(id)?.data.supersedes ?? []) {
        if (next === start) return [...path, next];
        if (seen.has(next)) continue;
        seen.add(next);
        const found = walk(next, [...path, next]);
        if (found) return found;
      }
      return undefined;
    };
    return walk(start, [start]);
  };
  for (const p of policies) {
    if (reported.has(p.id)) continue;
    const loop = loopFrom(p.id);
    if (!loop) continue;
    loop.forEach((id) => reported.add(id));
    problems.push({
      file: p.file,
      field: 'supersedes',
      message: `替代关系形成了循环（${loop.join(' → ')}）：一份文件不能直接或间接替代自己，请只在较新的文件里写 supersedes`,
    });
  }
  return problems;
}
