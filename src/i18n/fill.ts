// Fills a catalog text's `{name}` placeholders: one rule on the server (t()) and in the browser
// (chat, search status, quick exit). Values go in as they are; a replacement function keeps a
// value such as "$&" from being read as a pattern. An unknown placeholder stays visible.
/** A `{name}` placeholder (global: use with replace or matchAll, which start from the beginning). */
export const PLACEHOLDER = /\{(\w+)\}/g;

export const fill = (text: string, values: Record<string, string | number>): string => text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
