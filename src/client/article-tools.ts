/**
 * Per-article tools on a policy page: a "复制链接" and a "复制引用" button
 * for every anchored unit of the text, an announcement of each copy, and a
 * clear highlight of the article a link points at (the heading and the
 * paragraphs that belong to it), on arrival and on every later jump.
 */
import { readingToolsText as T } from '../i18n/reading-tools.ts';
import { citationText, unitLabel } from '../rules/citation.ts';
import { shanghaiDay } from '../rules/dates.ts';

interface Facts {
  issuer: string[];
  title: string;
  docNumber?: string;
  /** Absolute page address, when the build knew the site's origin. */
  url?: string;
}

const HEADING = /^H[2-6]$/;

function pageUrl(facts: Facts): string {
  return facts.url ?? location.origin + location.pathname;
}

function labelOf(el: HTMLElement): string {
  return unitLabel(el.id, HEADING.test(el.tagName) ? (el.textContent ?? '') : undefined);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or a page not served over HTTPS: fall back to a selection.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** The unit a heading or numbered paragraph starts: itself and what follows until the next unit of its rank or higher. */
function unitElements(target: HTMLElement): HTMLElement[] {
  const list = [target];
  const level = HEADING.test(target.tagName) ? Number(target.tagName[1]) : 7;
  for (let el = target.nextElementSibling as HTMLElement | null; el; el = el.nextElementSibling as HTMLElement | null) {
    if (HEADING.test(el.tagName) && Number(el.tagName[1]) <= level) break;
    if (level === 7 && (el.classList.contains('numbered') || HEADING.test(el.tagName))) break;
    if (el.matches('.unit-tools')) continue;
    list.push(el);
  }
  return list;
}

function highlight(root: HTMLElement) {
  for (const el of root.querySelectorAll('.is-target')) el.classList.remove('is-target', 'is-target-start');
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  if (!target || !root.contains(target)) return;
  const parts = unitElements(target);
  parts.forEach((el) => el.classList.add('is-target'));
  target.classList.add('is-target-start');
}

export function initArticleTools(): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const root = document.querySelector<HTMLElement>('.policy-text');
  if (!status || !root) return;
  const facts = JSON.parse(status.dataset.citation ?? '{}') as Facts;
  const labels = JSON.parse(status.dataset.labels ?? '{}') as { copyLink: string; copyCitation: string };
  const message = status.querySelector<HTMLElement>('[data-copy-message]')!;
  const fallback = status.querySelector<HTMLTextAreaElement>('[data-copy-fallback]')!;

  let clear: ReturnType<typeof setTimeout> | undefined;
  const dismiss = () => {
    message.textContent = '';
    fallback.hidden = true;
    delete status.dataset.state;
  };
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && status.dataset.state) dismiss();
  });
  const announce = async (text: string, done: string) => {
    fallback.hidden = true;
    clearTimeout(clear);
    if (await copy(text)) {
      message.textContent = done;
      status.dataset.state = 'copied';
      // The note stays long enough to read, then gets out of the way; a failed copy stays until Esc or the next copy.
      clear = setTimeout(dismiss, 8000);
    } else {
      message.textContent = T.copyFailed;
      fallback.value = text;
      fallback.hidden = false;
      fallback.select();
      status.dataset.state = 'failed';
    }
  };

  const units = root.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id], h5[id], h6[id], .numbered[id]');
  for (const el of units) {
    const label = labelOf(el);
    const tools = document.createElement(HEADING.test(el.tagName) ? 'div' : 'span');
    tools.className = 'unit-tools no-print';
    for (const [kind, text] of [
      ['link', labels.copyLink],
      ['citation', labels.copyCitation],
    ] as const) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'unit-tools__button';
      button.dataset.copy = kind;
      button.append(text);
      // The name starts with the visible words (WCAG 2.5.3) and says which article.
      button.setAttribute('aria-label', `${text}：${label}`);
      button.addEventListener('click', () => {
        const url = `${pageUrl(facts)}#${encodeURIComponent(el.id)}`;
        if (kind === 'link') return announce(url, T.copiedLink(label));
        const citation = citationText({
          issuer: facts.issuer,
          title: facts.title,
          docNumber: facts.docNumber,
          unit: label,
          url,
          accessed: shanghaiDay(new Date()),
        });
        return announce(citation, `${T.copiedCitation(label)}${citation}`);
      });
      tools.append(button);
    }
    if (HEADING.test(el.tagName)) el.after(tools);
    else el.append(tools);
  }

  highlight(root);
  window.addEventListener('hashchange', () => highlight(root));
}
