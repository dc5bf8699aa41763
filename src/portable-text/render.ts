// Portable Text to HTML for article and page bodies. Text is always escaped (no raw HTML ever
// reaches the page), links are limited to safe schemes, and anything the site does not know
// is left out with a warning naming the document and the block, so bad content never breaks
// a page. Numbers in the text are marked by the site's one rule (src/lib/phone.ts): isolated left
// to right on one line, and phone numbers in running text linked.
import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
import type { Ui } from '../i18n';
import { hrefFor, type LinkTarget } from '../lib/routes';
import { isolateNumbers, isPhoneNumber, NUMBER_MARKUP, phoneHtml, phoneSegments, telHref, type PhoneHtmlOptions } from '../lib/phone';
import { helpContactHtml, helpContacts, type HelpContactSettings } from '../components/contact/help-contacts';
import type { ContentReport } from '../data/report';

export type RenderedImage = { src: string; srcset?: string; sizes?: string; width: number; height: number };

export type BodyContext = {
  docId: string;
  /** The page's language: the words around content (help boxes, exercises) and their formats. */
  ui: Ui;
  /** The support line (its number as shown, e.g. "90 390", and its languages); every help box lists it. */
  contact: HelpContactSettings;
  /** Whether the line is open around the clock; help boxes say so only then. */
  alwaysOpen?: boolean;
  /** Optimised images by asset id, prepared before rendering (image work is async). */
  images: ReadonlyMap<string, RenderedImage>;
  report: ContentReport;
};

type Block = { _type: string; _key?: string; [key: string]: unknown };
/** The context while rendering one body: the caller's, and the numbers that dial in it (the line's own and those of its help boxes' other services). */
type Rendering = BodyContext & { known: readonly string[] };

const BLOCK_STYLES = new Set(['normal', 'h2', 'h3']);
/** Block styles that cannot hold a link: numbers in them are isolated only. */
const HEADINGS = new Set(['h2', 'h3']);
const LIST_TYPES = new Set(['bullet', 'number']);
const DECORATORS = new Set(['strong', 'em']);
const ANNOTATIONS = new Set(['link', 'internalLink']);
/** The mark prepareTextBlock gives each number it finds in a span (never an editor's: their keys cannot hold NUL). */
const NUMBER_MARK = 'number';
const numberKey = (index: number) => `${NUMBER_MARK}\u0000${index}`;
const CUSTOM_TYPES = new Set(['callout', 'helpBox', 'exerciseSteps', 'faqItem', 'figure']);

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

/** Where an internal link goes, when its resolved target is a document with a well-formed slug. */
const internalHref = (target: unknown): string | undefined =>
  isRecord(target) && typeof target.slug === 'string' && SLUG.test(target.slug) ? hrefFor(target as LinkTarget) : undefined;

/** Escaped text with its numbers marked; `link: false` where the text is a heading, a summary or a label. */
const withNumbers = (value: string, ctx: Rendering, options: Omit<PhoneHtmlOptions, 'known'> = {}) => phoneHtml(value, { known: ctx.known, ...options });

/** Plain multi-line text (Sanity `text` fields) as escaped paragraphs. */
function paragraphs(value: unknown, ctx: Rendering): string {
  return text(value)
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${part.split('\n').map((line) => withNumbers(line, ctx)).join('<br>')}</p>`)
    .join('');
}

const attr = (value: string | number): string => escapeHTML(String(value));

function where(block: Block, index: number): string {
  return block._key ? `body[_key=="${block._key}"]` : `body[${index}]`;
}

/**
 * Checks every block before rendering and returns only what can be rendered, reporting the
 * rest. Marks pointing at missing or unknown annotations are stripped from the spans.
 */
function prepareBody(body: unknown, ctx: Rendering): Block[] {
  if (body == null) return [];
  if (!Array.isArray(body)) {
    ctx.report.warn(ctx.docId, 'body', 'is not a list of blocks; nothing is shown');
    return [];
  }
  const out: Block[] = [];
  body.forEach((raw, index) => {
    if (!isRecord(raw) || typeof raw._type !== 'string') {
      ctx.report.warn(ctx.docId, `body[${index}]`, 'is not a block; left out');
      return;
    }
    const block = { ...raw, _key: typeof raw._key === 'string' && KEY.test(raw._key) ? raw._key : undefined } as Block;
    const field = where(block, index);
    block._key ??= `b${index}`;
    if (block._type === 'block') {
      const prepared = prepareTextBlock(block, field, ctx);
      if (prepared) out.push(prepared);
      return;
    }
    if (!CUSTOM_TYPES.has(block._type)) {
      ctx.report.warn(ctx.docId, field, `unknown block type "${block._type}"; left out`);
      return;
    }
    const problem = customBlockProblem(block, ctx);
    if (problem) {
      ctx.report.warn(ctx.docId, field, `${block._type}: ${problem}; left out`);
      return;
    }
    out.push(block);
  });
  return out;
}

function prepareTextBlock(block: Block, field: string, ctx: Rendering): Block | undefined {
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
  const usable = new Map<string, Record<string, unknown>>();
  for (const def of defs) {
    const key = typeof def._key === 'string' ? def._key : undefined;
    if (!key) continue;
    if (!ANNOTATIONS.has(String(def._type))) {
      ctx.report.warn(ctx.docId, `${field}.markDefs[_key=="${key}"]`, `unknown annotation "${String(def._type)}"; text kept without it`);
    } else if (def._type === 'link' && !safeHref(def.href)) {
      ctx.report.warn(ctx.docId, `${field}.markDefs[_key=="${key}"].href`, `unsafe or missing link address ${JSON.stringify(def.href ?? null)}; text kept without the link`);
    } else if (def._type === 'internalLink' && !internalHref(def.target)) {
      ctx.report.warn(ctx.docId, `${field}.markDefs[_key=="${key}"].reference`, 'links to a document that is missing or unpublished; text kept without the link');
    } else {
      usable.set(key, def);
    }
  }

  const numberDefs: Array<{ _key: string; _type: string; href?: string }> = [];
  const children = (block.children as unknown[]).flatMap((child, index) => {
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
    return phoneSegments(child.text, ctx.known).map((segment, part) => {
      if (segment.kind === 'text') return { _type: 'span', _key: `${key}-${part}`, text: segment.text, marks: kept };
      const mark = numberKey(numberDefs.length);
      numberDefs.push({ _key: mark, _type: NUMBER_MARK, ...(segment.kind === 'phone' && linkable && { href: segment.href }) });
      return { _type: 'span', _key: `${key}-${part}`, text: segment.text, marks: [...kept, mark] };
    });
  });

  const { listItem: _listItem, level: _level, ...rest } = block;
  return { ...rest, style, ...(listItem ? { listItem, level } : {}), markDefs: [...usable.values(), ...numberDefs], children };
}

function customBlockProblem(block: Block, ctx: BodyContext): string | undefined {
  switch (block._type) {
    case 'callout':
      return text(block.text) ? undefined : 'has no text';
    case 'helpBox':
      return text(block.title) ? undefined : 'has no title';
    case 'faqItem':
      return text(block.question) && text(block.answer) ? undefined : 'needs both question and answer';
    case 'exerciseSteps':
      return exerciseSteps(block).length ? undefined : 'has no steps';
    case 'figure': {
      const id = isRecord(block.image) ? block.image._id : undefined;
      if (typeof id !== 'string' || !ctx.images.has(id)) return 'image file is missing';
      if (block.decorative !== true && !text(block.alt)) return 'has no alt text and is not marked decorative';
      return undefined;
    }
  }
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
function otherServices(block: Block, ctx: Rendering): string[] {
  const field = `body[_key=="${block._key}"].contacts`;
  const list = Array.isArray(block.contacts) ? block.contacts : [];
  if (block.contacts != null && !Array.isArray(block.contacts)) ctx.report.warn(ctx.docId, field, 'is not a list; no other services are listed');
  return list.flatMap((contact, index) => {
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
    const nearby = { linked: [phone] };
    const parts = [`<strong>${withNumbers(name, ctx, { ...nearby, link: false })}</strong>`];
    // Numbers and addresses read left to right in every language; the link itself is the isolate
    // (an isolate nested at a link's start leaves the link an empty box at the line's end when it wraps).
    if (phone) parts.push(`${escapeHTML(ctx.ui.t('helpBox.call'))} <a href="${attr(telHref(phone))}" dir="${NUMBER_MARKUP.dir}" class="${NUMBER_MARKUP.class}">${escapeHTML(phone)}</a>`);
    if (url) parts.push(`<a href="${attr(url)}" rel="noreferrer" dir="ltr">${escapeHTML(linkLabel(url))}</a>`);
    const availability = text(contact.availability);
    const line = parts.join(escapeHTML(ctx.ui.t('helpBox.separator')));
    return [`<li>${line}${availability ? ` (${withNumbers(availability.toLocaleLowerCase(ctx.ui.intl), ctx, nearby)})` : ''}</li>`];
  });
}

/** The line's phone and chat, the editor's other services, then 112: the same contacts as everywhere else. */
function helpBox(block: Block, ctx: Rendering): string {
  const id = `hjalp-${attr(block._key ?? 'box')}`;
  const others = otherServices(block, ctx);
  const [phone, chat, emergency] = helpContacts(ctx.ui, ctx.contact, {
    include: ['phone', 'chat', 'emergency'],
    hours: ctx.alwaysOpen ? ctx.ui.t('hours.aroundTheClock') : undefined,
  }).map((contact) => helpContactHtml(contact));
  return [
    `<section class="help-box" aria-labelledby="${id}">`,
    `<h2 id="${id}">${withNumbers(text(block.title), ctx, { link: false })}</h2>`,
    paragraphs(block.text, ctx),
    '<ul>',
    phone,
    chat,
    ...others,
    emergency,
    '</ul>',
    '</section>',
  ].join('');
}

const exerciseSteps = (block: Block): string[] => (Array.isArray(block.steps) ? block.steps : []).map((step) => (isRecord(step) ? text(step.text) : '')).filter(Boolean);

function exercise(block: Block, ctx: Rendering): string {
  const steps = exerciseSteps(block);
  const minutes = typeof block.durationMinutes === 'number' && Number.isFinite(block.durationMinutes) && block.durationMinutes >= 0.5 ? Math.round(block.durationMinutes) : undefined;
  const duration = minutes === undefined ? '' : `<p class="exercise-duration">${escapeHTML(ctx.ui.plural('exercise.duration', minutes))}</p>`;
  return [
    '<section class="exercise">',
    `<h2>${withNumbers(text(block.title) || ctx.ui.t('exercise.defaultTitle'), ctx, { link: false })}</h2>`,
    duration,
    `<ol>${steps.map((step) => `<li>${withNumbers(step, ctx)}</li>`).join('')}</ol>`,
    '</section>',
  ].join('');
}

function figure(block: Block, ctx: Rendering): string {
  const image = ctx.images.get((block.image as { _id: string })._id)!;
  const alt = block.decorative === true ? '' : text(block.alt);
  const caption = text(block.caption);
  const srcset = image.srcset ? ` srcset="${attr(image.srcset)}" sizes="${attr(image.sizes ?? '100vw')}"` : '';
  return `<figure><img src="${attr(image.src)}"${srcset} alt="${attr(isolateNumbers(alt, ctx.known))}" width="${image.width}" height="${image.height}" loading="lazy" decoding="async">${caption ? `<figcaption>${withNumbers(caption, ctx)}</figcaption>` : ''}</figure>`;
}

function components(ctx: Rendering): Partial<PortableTextHtmlComponents> {
  return {
    types: {
      callout: ({ value }) => {
        const tone = ['info', 'tip', 'warning'].includes(String(value.tone)) ? String(value.tone) : 'info';
        const title = text(value.title);
        return `<div class="callout callout-${tone}">${title ? `<p class="callout-title"><strong>${withNumbers(title, ctx)}</strong></p>` : ''}${paragraphs(value.text, ctx)}</div>`;
      },
      helpBox: ({ value }) => helpBox(value, ctx),
      exerciseSteps: ({ value }) => exercise(value, ctx),
      faqItem: ({ value }) => `<details class="faq"><summary>${withNumbers(text(value.question), ctx, { link: false })}</summary>${paragraphs(value.answer, ctx)}</details>`,
      figure: ({ value }) => figure(value, ctx),
    },
    marks: {
      strong: ({ children }) => `<strong>${children}</strong>`,
      em: ({ children }) => `<em>${children}</em>`,
      link: ({ children, value }) => {
        const href = safeHref(value?.href)!;
        const external = /^https?:/i.test(href);
        return `<a href="${attr(href)}"${external ? ' rel="noreferrer"' : ''}>${children}</a>`;
      },
      internalLink: ({ children, value }) => `<a href="${attr(internalHref(value.target)!)}">${children}</a>`,
      [NUMBER_MARK]: ({ children, value }) => {
        const markup = `dir="${NUMBER_MARKUP.dir}" class="${NUMBER_MARKUP.class}"`;
        return value?.href ? `<a href="${attr(value.href)}" ${markup}>${children}</a>` : `<bdi ${markup}>${children}</bdi>`;
      },
    },
    block: {
      normal: ({ children }) => (children ? `<p>${children}</p>` : ''),
      h2: ({ children }) => `<h2>${children}</h2>`,
      h3: ({ children }) => `<h3>${children}</h3>`,
    },
    list: {
      bullet: ({ children }) => `<ul>${children}</ul>`,
      number: ({ children }) => `<ol>${children}</ol>`,
    },
    // prepareBody has already removed or reported everything unknown; these are a last guard.
    unknownType: () => '',
    unknownMark: ({ children }) => children,
    unknownBlockStyle: ({ children }) => `<p>${children ?? ''}</p>`,
    unknownList: ({ children }) => `<ul>${children}</ul>`,
    unknownListItem: ({ children }) => `<li>${children}</li>`,
  };
}

/** Renders a document body to HTML, leaving out (and reporting) whatever cannot be shown safely. */
export function renderBody(body: unknown, ctx: BodyContext): string {
  const rendering: Rendering = { ...ctx, known: [ctx.contact.phoneNumber, ...helpBoxNumbers(body)] };
  const blocks = prepareBody(body, rendering);
  return toHTML(blocks as Parameters<typeof toHTML>[0], { components: components(rendering), onMissingComponent: false });
}

/** The numbers of the other services the body's help boxes list, so the text around them dials them too. */
function helpBoxNumbers(body: unknown): string[] {
  return (Array.isArray(body) ? body : []).flatMap((block) =>
    isRecord(block) && block._type === 'helpBox' && Array.isArray(block.contacts) ? block.contacts.flatMap((contact) => (isRecord(contact) && isPhoneNumber(contact.phone) ? [contact.phone] : [])) : [],
  );
}
