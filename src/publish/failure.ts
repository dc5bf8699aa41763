// What a failed build command said, for editors: the error's own lines from the build log, and
// the documents they name. A content error that stops content loading names its documents in the
// build report; an error in a later step (a page, a hook such as the CSP or serving pass) only
// names an address, a redirect or a text, which the build report's listing turns into documents.
import type { BuildListing, DocumentRef } from '../lib/build-report-shape.ts';

const ANSI = /\u001b\[[0-9;]*m/g;
// Astro's log lines start with the time ("04:09:34 ").
const CLOCK = /^\d{2}:\d{2}:\d{2} /;
// Where an error's message ends in Astro's and Node's output: its location, its stack, or a blank line.
const MESSAGE_END = /^\s*(Location:|Stack trace:|at\s|$)/;
const MAX_SUMMARY = 1000;

const cap = (text: string) => (text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY)}…` : text);

/** The lines of a build log that say what went wrong, short enough for the status. */
export function failureSummary(tail: string): string {
  const lines = tail
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.replace(CLOCK, '').trimEnd());
  const message = (start: number) => {
    const end = lines.findIndex((line, i) => i > start && MESSAGE_END.test(line));
    return lines.slice(start, end === -1 ? undefined : end).map((line) => line.trim());
  };
  // The last error Astro reported ("[ERROR] [<integration>] …") with its message, which
  // follows on lines of its own: the part that names the page or the document.
  const astro = lines.findLastIndex((line) => line.startsWith('[ERROR] '));
  if (astro !== -1) {
    const [first, ...rest] = message(astro);
    return cap([first!.slice('[ERROR] '.length), rest.join(' ')].filter(Boolean).join(': '));
  }
  // Else the last error Node printed ("TypeError: …"), with the lines of its message.
  const node = lines.findLastIndex((line) => /^\s*([A-Z]\w*)?Error\b.*:/.test(line));
  if (node !== -1) return cap(message(node).join(' '));
  const kept = lines.map((line) => line.trim()).filter(Boolean);
  const errors = kept.filter((line) => /error|failed|cannot|not found/i.test(line));
  return cap((errors.length ? errors : kept).slice(-4).join(' '));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names the site address `path` ("/artiklar/somn/", also as the file "artiklar/somn/index.html"), not a longer one ending in it. */
function namesAddress(text: string, path: string): boolean {
  return [path, decodeURIComponent(path)].some((form) => {
    const bare = form.slice(1);
    return new RegExp(`(?<![\\w%.~/-])(/${escape(bare)}|${escape(bare)}index\\.html)`).test(text);
  });
}

/** The texts an error quotes ("…"), unescaped as JSON: the offending content, where it shows it. */
function quoted(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.){3,})"/g)].flatMap(([literal]) => {
    try {
      return [JSON.parse(literal) as string];
    } catch {
      return [];
    }
  });
}

/**
 * The documents a build error names, with the field to fix: a redirect by its id or old address
 * (`from`); an article, page or topic by its address or id, with `title` when the error quotes
 * text of its title (`field` is empty when the error names only the page). `buildDir` is cut from
 * file paths, so an absolute path in the build reads as the site address it is.
 */
export function documentsNamed(error: string, listing: BuildListing, buildDir: string): DocumentRef[] {
  const text = error.replaceAll(`${buildDir}/`, '/');
  const quotes = quoted(text);
  const named = new Map<string, DocumentRef>();
  const add = (ref: DocumentRef) => named.set(`${ref.documentId}\u0000${ref.field}`, ref);
  for (const redirect of listing.redirects) {
    if (quotes.includes(redirect._id) || namesAddress(text, redirect.from)) add({ documentId: redirect._id, field: 'from' });
  }
  for (const doc of [...listing.articles, ...listing.pages, ...listing.topics]) {
    if (!quotes.includes(doc._id) && !namesAddress(text, doc.path)) continue;
    add({ documentId: doc._id, field: quotes.some((quote) => doc.title.includes(quote)) ? 'title' : '' });
  }
  return [...named.values()];
}
