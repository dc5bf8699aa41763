// One search result as the list shows it: the title as a link, what kind of text it is and for
// whom, the summary, and the highlighted excerpt where it adds something. Built with DOM calls:
// nothing from the index is ever injected as HTML.
import type { PagefindData } from './engine';

export type ResultLabels = { kinds: Record<string, string>; audiences: Record<string, string>; topics: Record<string, string> };

export function resultItem(data: PagefindData, labels: ResultLabels): HTMLLIElement {
  const item = element('li', 'rounded-md border border-line p-4');
  const heading = element('h3', 'text-lg font-semibold');
  const link = element('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);

  // A topic can share its name with an audience ("För dig som är anhörig"): show it once.
  const names = new Set(
    [data.meta.kind && labels.kinds[data.meta.kind], data.meta.audience && labels.audiences[data.meta.audience], ...(data.filters.topic ?? []).map((slug) => labels.topics[slug])].filter(
      (label): label is string => !!label,
    ),
  );
  if (names.size) item.append(text('p', [...names].join(' · '), 'text-sm text-muted'));
  if (data.meta.summary) item.append(text('p', data.meta.summary, 'mt-1'));
  const excerpt = excerptParagraph(data.excerpt, `${link.textContent} ${data.meta.summary ?? ''}`);
  if (excerpt) item.append(excerpt);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, content: string, className = ''): HTMLElementTagNameMap[K] {
  const node = element(tag, className);
  node.textContent = content;
  return node;
}

const words = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The highlighted excerpt, when it adds something: not when nothing in it matched, nor when it
 * only repeats the title and summary shown above it. Pagefind's excerpt keeps only its text and
 * <mark>s: it is parsed inertly, never injected.
 */
function excerptParagraph(html: string, shown: string): HTMLParagraphElement | undefined {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  if (!parsed.querySelector('mark') || words(shown).includes(words(parsed.textContent ?? ''))) return undefined;
  const paragraph = element('p', 'mt-1 text-sm');
  paragraph.append('… ');
  for (const node of parsed.childNodes) {
    paragraph.append(node.nodeName === 'MARK' ? text('mark', node.textContent ?? '', 'bg-help text-help-ink font-semibold') : (node.textContent ?? ''));
  }
  paragraph.append(' …');
  return paragraph;
}
