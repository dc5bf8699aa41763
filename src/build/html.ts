// Built HTML, read as a browser reads it. Every step that reads the pages of a built site (the
// Content-Security-Policy pass, the search index's easy-read pages, the search vocabulary, the
// draft preview's policy, the publish checks, the tests) finds them with
// `htmlFiles` and reads them with this module's parser (htmlparser2: the HTML tokenizer's states,
// so `<script>` written inside an attribute value or inside <title> is text, as in a browser, and
// a script element is one).
//
// A page can be read as text (a string) or as its bytes (a Buffer). Bytes are parsed as Latin-1:
// the markup is ASCII, which reads the same either way, and one-byte strings parse faster than
// UTF-8's two-byte ones (Swedish letters) over 10,000 pages; every value handed out is the UTF-8
// text it is, entities decoded, and offsets are byte offsets into the Buffer.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser, Tokenizer } from 'htmlparser2';

/** Top-level folders of a built site that hold no pages: Astro's bundled assets and Pagefind's index. */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/**
 * Every page of a built site: its HTML files outside `_astro/` and `pagefind/`, as paths relative to
 * `siteDir` with "/" between folders ("artiklar/somn/index.html"), sorted.
 */
export function htmlFiles(siteDir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(siteDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) files.push(entry.name);
    if (!entry.isDirectory() || NOT_PAGES.has(entry.name)) continue;
    for (const inner of readdirSync(join(siteDir, entry.name), { withFileTypes: true, recursive: true })) {
      if (inner.isFile() && inner.name.endsWith('.html')) files.push(relative(siteDir, join(inner.parentPath, inner.name)).split(sep).join('/'));
    }
  }
  return files.sort();
}

/** The address a built page is served at: "artiklar/somn/index.html" → "/artiklar/somn/", "404.html" → "/404.html". */
export const servedPath = (file: string): string => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe to write into HTML, as element content or as a double-quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

export type StartTag = {
  /** Lower case. */
  name: string;
  /** Names lower case, values as the browser reads them. */
  attributes: Readonly<Record<string, string>>;
  /** Where the tag begins (its "<"). */
  start: number;
  /** Just after its ">". */
  end: number;
};

export type Visitor = {
  /** An element starts; returning true stops the reading: the visitor has what it needs. */
  open?: (tag: StartTag) => boolean | void;
  /** Text, in pieces, read when asked for (most callers need only some); `inside` is the element it is in. */
  text?: (read: () => string, inside: string) => void;
  /** An element ends: its end tag's place, or where the browser ends it without one (start = end). */
  close?: (name: string, start: number, end: number) => void;
};

/** Elements whose content is raw text: no elements in it and no entities decoded (the tokenizer's RAWTEXT and script states). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
// Entities are decoded here, not by the tokenizer: only in the values a caller reads, and the
// tokenizer can skip through text to the next "<" (see FastTokenizer).
/** What a value may need: entities decoded, line breaks as the browser has them; read as Latin-1 also UTF-8 letters made whole. */
const NEEDS_READING = /[&\r]/;
const NEEDS_READING_BYTES = /[&\r\x80-\xff]/;
const NEEDS_LINES = /\r/;

/** Line breaks as the browser's input stream has them (CR LF and CR become LF) before it tokenizes. */
const lines = (text: string) => text.replace(/\r\n?/g, '\n');
const same = (text: string) => text;

/** How to read the values of a page read as text or as bytes (Latin-1): as the text they are. */
function valueReader(bytes: boolean): (value: string, decode: (text: string) => string) => string {
  if (!bytes) return (value, decode) => (NEEDS_READING.test(value) ? lines(decode(value)) : value);
  return (value, decode) => (NEEDS_READING_BYTES.test(value) ? lines(decode(Buffer.from(value, 'latin1').toString('utf8'))) : value);
}

// The tokenizer skips through text and raw text (the inlined stylesheet is half of every page) to
// the next "<" one character at a time; the engine's own string search does the same several times
// faster. Its state (buffer, index, offset) is htmlparser2's, whose version is pinned in package.json;
// without this override the tokenizer would only be slower.
// (`fastForwardTo` is private in htmlparser2's types, so it is set on the prototype.)
const FastTokenizer = class extends Tokenizer {};
(FastTokenizer.prototype as unknown as { fastForwardTo(this: { buffer: string; index: number; offset: number }, c: number): boolean }).fastForwardTo = function (c) {
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  this.index = (at === -1 ? this.buffer.length - 1 : at) + this.offset;
  return at !== -1;
};

/**
 * Reads `source` (a page's text, or its bytes) once, start to end, telling `visitor` what a browser's
 * parser meets: each start tag with its attributes, the text, each element's end.
 */
export function scanHtml(source: string | Buffer, visitor: Visitor): void {
  const bytes = Buffer.isBuffer(source);
  const open: string[] = [];
  const read = valueReader(bytes);
  const attribute = (value: string) => read(value, decodeHTMLAttribute);
  const text = (value: string, inside: string) => read(value, RAW_TEXT.has(inside) ? same : decodeHTML);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // The parser's own object, one per tag: its values are made what the browser reads in place.
        for (const key in attributes) attributes[key] = attribute(attributes[key]!);
        if (visitor.text) open.push(name);
        if (visitor.open?.({ name, attributes, start: parser.startIndex, end: parser.endIndex + 1 }) === true) parser.pause();
      },
      ontext: visitor.text
        ? (value) => {
            const inside = open.at(-1) ?? '';
            visitor.text?.(() => text(value, inside), inside);
          }
        : undefined,
      onclosetag(name, implied) {
        if (visitor.text) open.pop();
        if (implied) visitor.close?.(name, parser.startIndex, parser.startIndex);
        else visitor.close?.(name, parser.startIndex, parser.endIndex + 1);
      },
    },
    { decodeEntities: false, Tokenizer: FastTokenizer },
  );
  parser.end(typeof source === 'string' ? source : source.toString('latin1'));
}

/** What HTML counts as white space (not a no-break space). */
const HTML_SPACE = /[ \t\n\f\r]+/g;
/** Never shown as text: code, and the inert content of a template. */
const NOT_SHOWN = new Set(['script', 'style', 'template']);
// Elements that do not break a line of text (phrasing content): between them, text runs on.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** An element of a page: its name and attributes, where it is, and its text (see `findElements`). */
export class Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Where its start tag begins. */
  readonly start: number;
  /** Just after its start tag. */
  readonly contentStart: number;
  /** Where its end tag begins (or where it ends without one). */
  contentEnd: number;
  /** Just after its end tag. */
  end: number;
  readonly #pieces: string[];
  readonly #from: number;
  #to: number;

  /** `pieces`: the page's shown text, in pieces, as it is read. */
  constructor(tag: StartTag, pieces: string[]) {
    this.name = tag.name;
    this.attributes = tag.attributes;
    this.start = tag.start;
    this.contentStart = tag.end;
    this.contentEnd = tag.end;
    this.end = tag.end;
    this.#pieces = pieces;
    this.#from = pieces.length;
    this.#to = pieces.length;
  }

  /**
   * The element ends: its end tag is from `start` to `end` (a void element, <img>, ends where its
   * start tag does), its text is what was read until now.
   */
  close(start: number, end: number): void {
    this.contentEnd = Math.max(start, this.contentStart);
    this.end = Math.max(end, this.contentStart);
    this.#to = this.#pieces.length;
  }

  /** Its text as a browser shows it (joined only when asked for: most callers need few elements' text). */
  get text(): string {
    return this.#pieces.slice(this.#from, this.#to).join('').replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
  }
}

/**
 * The elements of `source` that `match` selects, in document order, each with where it is and its
 * text as a browser shows it: entities decoded, white space collapsed, a space where one element
 * ends a line and the next begins (a paragraph, a list item; not <strong> or <a>), without
 * scripts, styles, templates and the elements `skip` selects.
 */
export function findElements(source: string | Buffer, match: (tag: StartTag) => boolean, { skip }: { skip?: (tag: StartTag) => boolean } = {}): Element[] {
  const found: Element[] = [];
  const pieces: string[] = [];
  // For each open element: whether it hides its content from the text, and the element found there.
  const hides: boolean[] = [];
  const open: Array<Element | null> = [];
  let hidden = 0;
  let matched = 0;
  scanHtml(source, {
    open(tag) {
      if (matched && !INLINE.has(tag.name)) pieces.push(' ');
      const hide = NOT_SHOWN.has(tag.name) || !!skip?.(tag);
      if (hide) hidden += 1;
      hides.push(hide);
      const element = match(tag) ? new Element(tag, pieces) : null;
      if (element) {
        found.push(element);
        matched += 1;
      }
      open.push(element);
    },
    text(read) {
      if (matched && !hidden) pieces.push(read());
    },
    close(name, start, end) {
      if (hides.pop()) hidden -= 1;
      const element = open.pop();
      if (element) {
        element.close(start, end);
        matched -= 1;
      }
      if (matched && !INLINE.has(name)) pieces.push(' ');
    },
  });
  return found;
}

/** A script element's `type`, when it is a data block a browser never runs. */
const DATA_BLOCK = /^application\/(ld\+)?json$/;
/** An event handler content attribute (onclick, onerror, …): code the browser runs. */
const EVENT_HANDLER = /^on[a-z]/;

export type InlineCode = {
  /** The text of every inline script a browser may run (classic, module, importmap, …). */
  scripts: string[];
  /** The text of every JSON script block (`application/json`, `application/ld+json`). */
  dataBlocks: string[];
  /** The text of every <style> element. */
  styles: string[];
  /** Every `style` attribute's value. */
  styleAttributes: string[];
  /** Every event handler attribute (onclick="…"). */
  eventHandlers: Array<{ element: string; attribute: string; code: string }>;
};

/**
 * The code a page carries inline, as a browser reads (and a Content-Security-Policy hashes) it.
 * `visitor` sees the same pass, for what else its caller needs from the page.
 */
export function inlineCode(source: string | Buffer, visitor: Visitor = {}): InlineCode {
  const found: InlineCode = { scripts: [], dataBlocks: [], styles: [], styleAttributes: [], eventHandlers: [] };
  // A script's or style's text is raw (no entities): the source between its tags, as it is.
  const between = typeof source === 'string' ? (start: number, end: number) => source.slice(start, end) : (start: number, end: number) => source.toString('utf8', start, end);
  let block: { into: string[]; start: number } | null = null;
  scanHtml(source, {
    open(tag) {
      visitor.open?.(tag);
      const { name, attributes } = tag;
      for (const attribute in attributes) {
        if (attribute === 'style') found.styleAttributes.push(attributes.style!);
        else if (EVENT_HANDLER.test(attribute)) found.eventHandlers.push({ element: name, attribute, code: attributes[attribute]! });
      }
      // A script with a source runs that file, never its own text.
      if (name === 'script' && attributes.src === undefined) block = { into: DATA_BLOCK.test((attributes.type ?? '').trim().toLowerCase()) ? found.dataBlocks : found.scripts, start: tag.end };
      else if (name === 'style') block = { into: found.styles, start: tag.end };
    },
    text: visitor.text,
    close(name, start, end) {
      visitor.close?.(name, start, end);
      if (block && (name === 'script' || name === 'style')) {
        const code = between(block.start, start);
        block.into.push(NEEDS_LINES.test(code) ? lines(code) : code);
        block = null;
      }
    },
  });
  return found;
}
