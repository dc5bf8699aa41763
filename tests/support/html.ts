// Built pages read in tests as a browser reads them, with the build's own parser (src/build/html.ts):
// elements, their attributes and their text, never regular expressions over markup.
import { findElements, type Element } from '../../src/build/html.ts';

/** The elements named `name` of a page, in document order; with `where`, those whose attributes have these values. */
export function elementsOf(html: string, name: string, where: Readonly<Record<string, string>> = {}): Element[] {
  return findElements(html, (tag) => tag.name === name && Object.entries(where).every(([attribute, value]) => tag.attributes[attribute] === value));
}

/** The attributes of each element named `name` of a page (see `elementsOf`). */
export const attributesOf = (html: string, name: string, where?: Readonly<Record<string, string>>) => elementsOf(html, name, where).map((element) => element.attributes);

/** Those of `elements` that are inside `outer` (none without one). */
export const inside = (outer: Element | undefined, elements: Element[]): Element[] =>
  outer ? elements.filter((element) => element.start >= outer.contentStart && element.end <= outer.contentEnd) : [];

/** The text a browser shows of a page's first element named `name`: by default the whole page's. */
export const textOf = (html: string, name = 'html'): string => elementsOf(html, name)[0]?.text ?? '';

/** An element's content as the page has it: a script's code, a style sheet, a data block's JSON. */
export const contentOf = (html: string, element: Element): string => html.slice(element.contentStart, element.contentEnd);

/** The Content-Security-Policy a page carries in its <meta>, as the browser reads it. */
export const policyOf = (html: string): string | undefined => attributesOf(html, 'meta', { 'http-equiv': 'Content-Security-Policy' })[0]?.content;

/**
 * The module scripts a page runs: the code of those written in it, and the addresses of those it
 * loads, by `src` or, after the first paint, by an inline `import(`…`)` (src/integrations/script-url.ts).
 */
export function moduleScriptsOf(html: string): { inline: string[]; addresses: string[] } {
  const modules = elementsOf(html, 'script', { type: 'module' });
  const inline = modules.filter((script) => script.attributes.src === undefined).map((script) => contentOf(html, script));
  const imported = inline.flatMap((code) => [...code.matchAll(/import\(`([^`]+)`\)/g)].map(([, address]) => address!));
  return { inline, addresses: [...modules.flatMap((script) => script.attributes.src ?? []), ...imported] };
}
