// What unit tests build content from, defined once: documents as the Studio stores them (each
// builder gives a complete document the site accepts; a test overrides only the fields it is
// about), the contact settings as pages receive them, and `load()`, which runs the site's content
// loading over a list of documents and collects its warnings.
import { loadContent, type ContactSettings } from '../../src/data/content';
import type { SanityDocument } from '../../src/data/embedded';
import { collectingReport } from '../../src/data/report';
import { embeddedRunner } from '../../src/data/source';
import { WEEKDAYS } from '../../src/lib/opening-hours-rules';
import { SAFETY_PLAN_STEPS } from '../../src/lib/safety-plan';
import { LINE_TIME_ZONE } from '../../src/lib/today';

type Fields = Record<string, unknown>;

/** The date content is loaded on unless a test says otherwise: before every default review deadline. */
export const TODAY = '2026-11-23';

// ---- Portable Text ---------------------------------------------------------------------------

export const span = (text: string, marks: string[] = [], key = 's') => ({ _key: key, _type: 'span', text, marks });

/** A paragraph of one span (keyed after the block: `p` → `ps`); `fields` replaces any part of the block (`_key`, `style`, `markDefs`, `children`, `listItem`…). */
export const paragraph = (text = 'Brödtext.', fields: Fields = {}) => {
  const key = typeof fields._key === 'string' ? fields._key : 'p';
  return { _key: key, _type: 'block', style: 'normal', markDefs: [], children: [span(text, [], `${key}s`)], ...fields };
};

// ---- References and language versions --------------------------------------------------------

/** A reference field (reviewedBy, aboutPage…). */
export const reference = (id: string) => ({ _type: 'reference', _ref: id });

/** A reference as an item of a list (topics, related), keyed by the id it points at. */
export const ref = (id: string) => ({ _key: id, ...reference(id) });

/** An internationalized-array field: one `{ language, value }` entry per language, as the Studio stores translated settings. */
export const versions = (values: Record<string, unknown>, type = 'internationalizedArrayStringValue') =>
  Object.entries(values).map(([language, value]) => ({ _key: language, _type: type, language, value }));

/** The document-internationalization plugin's record linking the language versions of one text (weak references, keyed by language unless a key is given). */
export const translationMetadata = (id: string, schemaType: string, entries: Array<[language: string, documentId: string, key?: string]>): SanityDocument => ({
  _id: id,
  _type: 'translation.metadata',
  schemaTypes: [schemaType],
  translations: entries.map(([language, target, key = language]) => ({ _key: key, _type: 'internationalizedArrayReferenceValue', language, value: { ...reference(target), _weak: true } })),
});

// ---- Documents ------------------------------------------------------------------------------
// Articles, topics and pages carry no `language` unless given one: the site reads that as Swedish.

/** The slug a document's id suggests: `article-somn__en` → `somn`. */
const slugFrom = (id: string) => ({ _type: 'slug', current: id.replace(/^(drafts\.)?[a-z]+-/, '').replace(/__.*$/, '') });

/** A published Swedish article, reviewed, under topic-oro. */
export const article = (id: string, fields: Fields = {}): SanityDocument => ({
  _id: id,
  _type: 'article',
  title: `Titel ${id}`,
  slug: slugFrom(id),
  summary: 'En sammanfattning som är lång nog.',
  audience: 'self',
  kind: 'selfHelp',
  body: [paragraph()],
  topics: [ref('topic-oro')],
  reviewedBy: reference('person-a'),
  lastReviewed: '2026-01-01',
  nextReview: '2027-01-01',
  ...fields,
});

export const topic = (id: string, fields: Fields = {}): SanityDocument => ({ _id: id, _type: 'topic', title: `Ämne ${id}`, slug: slugFrom(id), ...fields });

export const page = (id: string, fields: Fields = {}): SanityDocument => ({ _id: id, _type: 'page', title: `Sida ${id}`, slug: slugFrom(id), body: [paragraph()], ...fields });

/** A reviewer. */
export const person = (id = 'person-a', fields: Fields = {}): SanityDocument => ({ _id: id, _type: 'person', name: 'Anna A', professionalTitle: 'Leg. psykolog', ...fields });

export const siteSettings = (fields: Fields = {}): SanityDocument => ({ _id: 'siteSettings', _type: 'siteSettings', siteName: 'Stödlinjen', quickExitUrl: 'https://www.smhi.se/', ...fields });

/** The crisis plan's texts in `language`: every step with a heading, an explanation and an example, and the relatives' guide. */
export const safetyPlan = (id: string, language: string, fields: Fields = {}): SanityDocument => ({
  _id: id,
  _type: 'safetyPlan',
  language,
  title: `Plan ${language}`,
  intro: 'Inledning.',
  keptNote: 'Inget skickas.',
  ...Object.fromEntries(SAFETY_PLAN_STEPS.map((step) => [step, { _type: 'safetyPlanStep', heading: `Steg ${step}`, explanation: `Om ${step}.`, examples: ['Ett exempel'] }])),
  togetherTitle: `Tillsammans ${language}`,
  togetherSummary: 'Kort.',
  body: [paragraph('Gör planen tillsammans.')],
  ...fields,
});

/** An old address leading to a document or a path; permanent unless `permanent` is false. */
export const redirect = (id: string, from: string, to: { doc?: string; path?: string }, permanent?: boolean): SanityDocument => ({
  _id: id,
  _type: 'redirect',
  from,
  ...(to.doc ? { toDocument: { ...reference(to.doc), _weak: true } } : {}),
  ...(to.path ? { toPath: to.path } : {}),
  ...(permanent === undefined ? {} : { permanent }),
});

// ---- Contact settings -----------------------------------------------------------------------
// The line's number, answering every day 08–22, the chat off: a test that needs the chat, or a
// schedule that never closes, says so (CHAT_ON, AROUND_THE_CLOCK).

const week = (opens: string, closes: string) => WEEKDAYS.map((day) => ({ day, opens, closes }));

/** A schedule that never closes: the only one pages may call "dygnet runt". */
export const AROUND_THE_CLOCK = { openingHours: week('00:00', '24:00') };

/** The chat switched on, with the addresses of its service. */
export const CHAT_ON = { chatEnabled: true, chatEmbedUrl: 'https://chatt.example/embed', chatStatusUrl: 'https://chatt.example/status' };

/** The contactSettings document. */
export const contactSettingsDocument = (fields: Fields = {}): SanityDocument => ({
  _id: 'contactSettings',
  _type: 'contactSettings',
  phoneNumber: '90 390',
  chatEnabled: false,
  timeZone: LINE_TIME_ZONE,
  openingHours: week('08:00', '22:00').map((hours) => ({ _key: hours.day, _type: 'openingHoursDay', ...hours })),
  ...fields,
});

/** The contact settings as the data layer gives them to a page (in the page's language): the same line as contactSettingsDocument(). */
export const contactSettings = (fields: Partial<ContactSettings> = {}): ContactSettings => ({
  phoneNumber: '90 390',
  chatEnabled: false,
  chatEmbedUrl: null,
  chatStatusUrl: null,
  timeZone: LINE_TIME_ZONE,
  openingHours: week('08:00', '22:00'),
  openingHoursExceptions: [],
  statusOpenText: null,
  statusBusyText: null,
  statusClosedText: null,
  statusUnavailableText: null,
  counsellingLanguages: [],
  counsellingNote: null,
  ...fields,
});

// ---- Loading --------------------------------------------------------------------------------

/** A small published site to add documents to: a topic, a reviewer and both settings documents. */
export const siteBase = (): SanityDocument[] => [topic('topic-oro', { title: 'Oro' }), person(), siteSettings(), contactSettingsDocument()];

/**
 * The content pages get from exactly these documents (no others are added), published ones only,
 * loaded on `today`, with every warning the loading reported. Rejects where the build would stop.
 */
export async function load(documents: SanityDocument[], { today = TODAY }: { today?: string } = {}) {
  const report = collectingReport();
  const content = await loadContent(
    embeddedRunner(async () => documents),
    report,
    today,
  );
  return { content, warnings: report.warnings };
}
