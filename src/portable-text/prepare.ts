// Portable Text made ready for the components in src/components/portable-text/. Every block is
// checked here, before anything is rendered: what the site does not know or cannot show safely is
// left out with a warning naming the document and the field (body[3], body[_key=="…"]), so bad
// content never breaks a page. What comes out is only what the components can show as it is:
// link addresses checked and resolved, every number in running text marked by the site's one rule
// (src/lib/phone.ts), plain-text fields trimmed, figures matched to their optimised images. The
// components never see raw content, and Astro escapes every text they print.
import type { RenderedImage } from '../data/images';
import type { ContentReport } from '../data/report';
import { isPhoneNumber, phoneSegments } from '../lib/phone';
import { hrefFor, type LinkTarget } from '../lib/routes';

export type BodyContext = {
  docId: string;
  /** The line's own number as the contact settings give it (e.g. "90 390"): it dials wherever the body names it. */
  phoneNumber: string;
  /** Optimised images by asset id, prepared before (image work is async). */
  images: ReadonlyMap<string, RenderedImage>;
  report: ContentReport;
};

/** The numbers that dial in a body besides the services' own: the line's and its help boxes' other services'. */
type Known = { known: readonly string[] };

export type LinkDef = { _key: string; _type: 'link'; href: string; external: boolean };
export type InternalLinkDef = { _key: string; _type: 'internalLink'; href: string };
/** A number in running text; `href` when it is a phone number and the text can hold a link. */
export type NumberDef = { _key: string; _type: typeof NUMBER_MARK; href?: string };
export type Span = { _type: 'span'; _key: string; text: string; marks: string[] };
export type TextBlock = {
  _type: 'block';
  _key: string;
  style: 'normal' | 'h2' | 'h3';
  listItem?: 'bullet' | 'number';
  level?: number;
  markDefs: Array<LinkDef | InternalLinkDef | NumberDef>;
  children: Span[];
};
export type Callout = Known & { _type: 'callout'; _key: string; tone: 'info' | 'tip' | 'warning'; title: string; text: string };
/** One of a help box's other services: a name and a checked way to reach it. */
export type OtherService = { name: string; phone?: string; web?: { href: string; label: string }; availability?: string };
export type HelpBox = Known & { _type: 'helpBox'; _key: string; title: string; text: string; services: OtherService[] };
export type ExerciseSteps = Known & { _type: 'exerciseSteps'; _key: string; title: string; minutes?: number; steps: string[] };
export type FaqItem = Known & { _type: 'faqItem'; _key: string; question: string; answer: string };
export type Figure = Known & { _type: 'figure'; _key: string; image: RenderedImage; alt: string; caption: string };
export type PreparedBlock = TextBlock | Callout | HelpBox | ExerciseSteps | FaqItem | Figure;

type Block = { _type: string; _key: string; [key: string]: unknown };

const BLOCK_STYLES = new Set(['normal', 'h2', 'h3']);
/** Block styles that cannot hold a link: numbers in them are isolated only. */
const HEADINGS = new Set(['h2', 'h3']);
const LIST_TYPES = new Set(['bullet', 'number']);
const DECORATORS = new Set(['strong', 'em']);
const ANNOTATIONS = new Set(['link', 'internalLink']);
const TONES = new Set(['info', 'tip', 'warning']);
/** The mark prepareTextBlock gives each number it finds in a span (never an editor's: their keys cannot hold NUL). */
export const NUMBER_MARK = 'number';
const numberKey = (index: number) => `${NUMBER_MARK}\u0000${index}`;

/** External links: web, e-mail and phone only. Everything else (javascript:, data:, …) is dropped. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:|tel:)/i.test(trimmed) ? trimmed : undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Keys become element ids and warning paths: only plain ones are used as they are. */
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
/** Nested lists deeper than this are shown at this depth (the Studio offers far fewer). */
const MAX_LIST_LEVEL = 6;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where an internal link goes (its target's address in the target's language), when its resolved target is a document with a well-formed slug. */
const internalHref = (target: unknown): string | undefined => (isRecord(target) && typeof target.slug === 'string' && SLUG.test(target.slug) ? hrefFor(target as LinkTarget) : undefined);

const where = (block: { _key?: string | undefined }, index: number): string => (block._key ? `body[_key=="${block._key}"]` : `body[${index}]`);

/**
 * Checks every block of a body and returns only what can be rendered, reporting the rest. Marks
 * pointing at missing or unknown annotations are stripped from the spans.
 */
export function prepareBody(body: unknown, ctx: BodyContext): PreparedBlock[] {
  if (body == null) return [];
  if (!Array.isArray(body)) {
    ctx.report.warn(ctx.docId, 'body', 'is not a list of blocks; nothing is shown');
    return [];
  }
  const known = [ctx.phoneNumber, ...helpBoxNumbers(body)];
  const out: PreparedBlock[] = [];
  body.forEach((raw, index) => {
    if (!isRecord(raw) || typeof raw._type !== 'string') {
      ctx.report.warn(ctx.docId, `body[${index}]`, 'is not a block; left out');
      return;
    }
    const plainKey = typeof raw._key === 'string' && KEY.test(raw._key) ? raw._key : undefined;
    const field = where({ _key: plainKey }, index);
    const block: Block = { ...raw, _type: raw._type, _key: plainKey ?? `b${index}` };
    const prepared = block._type === 'block' ? prepareTextBlock(block, field, known, ctx) : prepareCustomBlock(block, field, known, ctx);
    if (prepared) out.push(prepared);
  });
  return out;
}

function prepareTextBlock(block: Block, field: string, known: readonly string[], ctx: BodyContext): TextBlock | undefined {
  if (!Array.isArray(block.children)) {
    ctx.report.warn(ctx.docId, field, 'text block without children; left out');
    return undefined;
  }
  let style = typeof block.style === 'string' ? block.style : 'normal';
  if (!BLOCK_STYLES.has(style)) {
    ctx.report.warn(ctx.docId, field, `unknown text style "${style}"; shown as a paragraph`);
    style = 'normal';
  }
  let listItem = block.listItem;
  if (listItem != null && !(typeof listItem === 'string' && LIST_TYPES.has(listItem))) {
    ctx.report.warn(ctx.docId, field, `unknown list type ${JSON.stringify(listItem)}; shown as a bullet list`);
    listItem = 'bullet';
  }
  const level = typeof block.level === 'number' && Number.isInteger(block.level) && block.level >= 1 ? Math.min(block.level, MAX_LIST_LEVEL) : 1;

  const defs = (Array.isArray(block.markDefs) ? block.markDefs : []).filter(isRecord);
  const usable = new Map<string, LinkDef | InternalLinkDef>();
  for (const def of defs) {
    const key = typeof def._key === 'string' ? def._key : undefined;
    if (!key) continue;
    const at = `${field}.markDefs[_key=="${key}"]`;
    if (!ANNOTATIONS.has(String(def._type))) {
      ctx.report.warn(ctx.docId, at, `unknown annotation "${String(def._type)}"; text kept without it`);
    } else if (def._type === 'link') {
      const href = safeHref(def.href);
      if (href) usable.set(key, { _key: key, _type: 'link', href, external: /^https?:/i.test(href) });
      else ctx.report.warn(ctx.docId, `${at}.href`, `unsafe or missing link address ${JSON.stringify(def.href ?? null)}; text kept without the link`);
    } else {
      const href = internalHref(def.target);
      if (href) usable.set(key, { _key: key, _type: 'internalLink', href });
      else ctx.report.warn(ctx.docId, `${at}.reference`, 'links to a document that is missing or unpublished; text kept without the link');
    }
  }

  const numberDefs: NumberDef[] = [];
  const children = (block.children as unknown[]).flatMap((child, index): Span[] => {
    const at = isRecord(child) && typeof child._key === 'string' && KEY.test(child._key) ? `${field}.children[_key=="${child._key}"]` : `${field}.children[${index}]`;
    // Inline objects are not part of the schema; a span needs its text.
    if (!isRecord(child) || child._type !== 'span' || typeof child.text !== 'string') {
      ctx.report.warn(ctx.docId, at, 'is not a span of text; left out');
      return [];
    }
    const marks = Array.isArray(child.marks) ? (child.marks as unknown[]) : [];
    const kept = marks.filter((mark): mark is string => {
      if (typeof mark !== 'string') return false;
      if (DECORATORS.has(mark) || usable.has(mark)) return true;
      if (!defs.some((d) => d._key === mark)) ctx.report.warn(ctx.docId, at, `unknown mark "${mark}"; text kept without it`);
      return false;
    });
    const key = typeof child._key === 'string' ? child._key : `s${index}`;
    // Each number becomes a span of its own with a number mark; a link only where the text can hold one.
    const linkable = !HEADINGS.has(style) && !kept.some((mark) => usable.has(mark));
    return phoneSegments(child.text, known).map((segment, part) => {
      if (segment.kind === 'text') return { _type: 'span', _key: `${key}-${part}`, text: segment.text, marks: kept };
      const mark = numberKey(numberDefs.length);
      numberDefs.push({ _key: mark, _type: NUMBER_MARK, ...(segment.kind === 'phone' && linkable && { href: segment.href }) });
      return { _type: 'span', _key: `${key}-${part}`, text: segment.text, marks: [...kept, mark] };
    });
  });
  // A paragraph with no text is an editor's empty line: nothing to show.
  if (style === 'normal' && !listItem && children.every((child) => !child.text)) return undefined;

  return {
    _type: 'block',
    _key: block._key,
    style: style as TextBlock['style'],
    ...(listItem ? { listItem: listItem as 'bullet' | 'number', level } : {}),
    markDefs: [...usable.values(), ...numberDefs],
    children,
  };
}

function prepareCustomBlock(block: Block, field: string, known: readonly string[], ctx: BodyContext): PreparedBlock | undefined {
  const leftOut = (problem: string) => {
    ctx.report.warn(ctx.docId, field, `${block._type}: ${problem}; left out`);
    return undefined;
  };
  const { _key } = block;
  switch (block._type) {
    case 'callout': {
      if (!text(block.text)) return leftOut('has no text');
      const tone = TONES.has(String(block.tone)) ? (String(block.tone) as Callout['tone']) : 'info';
      return { _type: 'callout', _key, known, tone, title: text(block.title), text: text(block.text) };
    }
    case 'helpBox':
      if (!text(block.title)) return leftOut('has no title');
      return { _type: 'helpBox', _key, known, title: text(block.title), text: text(block.text), services: otherServices(block, ctx) };
    case 'faqItem':
      if (!(text(block.question) && text(block.answer))) return leftOut('needs both question and answer');
      return { _type: 'faqItem', _key, known, question: text(block.question), answer: text(block.answer) };
    case 'exerciseSteps': {
      const steps = (Array.isArray(block.steps) ? block.steps : []).map((step) => (isRecord(step) ? text(step.text) : '')).filter(Boolean);
      if (!steps.length) return leftOut('has no steps');
      const minutes = typeof block.durationMinutes === 'number' && Number.isFinite(block.durationMinutes) && block.durationMinutes >= 0.5 ? Math.round(block.durationMinutes) : undefined;
      return { _type: 'exerciseSteps', _key, known, title: text(block.title), ...(minutes !== undefined && { minutes }), steps };
    }
    case 'figure': {
      const id = isRecord(block.image) ? block.image._id : undefined;
      const image = typeof id === 'string' ? ctx.images.get(id) : undefined;
      if (!image) return leftOut('image file is missing');
      if (block.decorative !== true && !text(block.alt)) return leftOut('has no alt text and is not marked decorative');
      return { _type: 'figure', _key, known, image, alt: block.decorative === true ? '' : text(block.alt), caption: text(block.caption) };
    }
  }
  ctx.report.warn(ctx.docId, field, `unknown block type "${block._type}"; left out`);
  return undefined;
}

/** "1177.se" for https://www.1177.se/…; the address itself when it has no host (mailto:, tel:). */
function linkLabel(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '') || url.replace(/^(mailto|tel):/, '');
  } catch {
    return url;
  }
}

/**
 * The help box's other services. A contact is listed only with a name and a way to reach it that
 * the site has checked: a phone number that dials what it shows and a web, e-mail or phone
 * address. Anything else (an unsafe link, a number that would dial something else) drops the
 * whole contact with a warning: in a help box a half-trusted entry is worse than none.
 */
function otherServices(block: Block, ctx: BodyContext): OtherService[] {
  const field = `body[_key=="${block._key}"].contacts`;
  const list = Array.isArray(block.contacts) ? block.contacts : [];
  if (block.contacts != null && !Array.isArray(block.contacts)) ctx.report.warn(ctx.docId, field, 'is not a list; no other services are listed');
  return list.flatMap((contact, index): OtherService[] => {
    const at = isRecord(contact) && typeof contact._key === 'string' && KEY.test(contact._key) ? `${field}[_key=="${contact._key}"]` : `${field}[${index}]`;
    const drop = (where: string, why: string) => {
      ctx.report.warn(ctx.docId, where, `${why}; the contact is left out`);
      return [];
    };
    if (!isRecord(contact)) return drop(at, 'is not a contact');
    const name = text(contact.name);
    if (!name) return drop(`${at}.name`, 'is missing');
    const phone = text(contact.phone);
    if (contact.phone != null && contact.phone !== '' && !isPhoneNumber(contact.phone)) return drop(`${at}.phone`, `${JSON.stringify(contact.phone)} is not a phone number`);
    const url = safeHref(contact.url);
    if (contact.url != null && contact.url !== '' && !url) return drop(`${at}.url`, `unsafe or unreadable link address ${JSON.stringify(contact.url)}`);
    if (!phone && !url) return drop(at, 'has neither a phone number nor a web address');
    const availability = text(contact.availability);
    return [{ name, ...(phone && { phone }), ...(url && { web: { href: url, label: linkLabel(url) } }), ...(availability && { availability }) }];
  });
}

/** The numbers of the other services the body's help boxes list, so the text around them dials them too. */
function helpBoxNumbers(body: unknown[]): string[] {
  return body.flatMap((block) =>
    isRecord(block) && block._type === 'helpBox' && Array.isArray(block.contacts)
      ? block.contacts.flatMap((contact) => (isRecord(contact) && isPhoneNumber(contact.phone) ? [contact.phone] : []))
      : [],
  );
}
