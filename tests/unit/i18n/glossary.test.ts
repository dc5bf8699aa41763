// Each language keeps one wording per key term (docs/glossary/<language>.md). The glossary's table
// is the one home of the wordings to avoid; this reads it and checks every interface string and
// every text of that language in the bundled content against it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNdjson, type SanityDocument } from '../../../src/data/embedded';
import { normaliseArabic } from '../../../sanity/lib/language';
import { TRANSLATED_TYPES } from '../../../sanity/lib/languages';
import type { Locale } from '../../../src/i18n/locales';
import { versions } from '../../support/fixtures';
import sv from '../../../src/i18n/sv.json';
import en from '../../../src/i18n/en.json';
import ar from '../../../src/i18n/ar.json';
import lattlast from '../../../src/i18n/sv-lattlast.json';

type Entry = { term: string; use: string; avoid: string[] };

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The rows of a glossary's table: term, wording to use, and the `backticked` wordings to avoid. */
function parseGlossary(markdown: string, file: string): Entry[] {
  const rows = markdown.split('\n').filter((line) => line.trim().startsWith('|'));
  const header = rows[0]?.split('|').map((cell) => cell.trim().toLowerCase()) ?? [];
  const [term, use, avoid] = ['term', 'use', 'avoid'].map((name) => header.findIndex((cell) => cell.startsWith(name)));
  if (term! < 0 || use! < 0 || avoid! < 0) throw new Error(`${file}: no table with the columns Term, Use and Avoid`);
  return rows.slice(2).map((row) => {
    const cells = row.split('|').map((cell) => cell.trim());
    return { term: cells[term!]!, use: cells[use!]!, avoid: [...cells[avoid!]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!) };
  });
}

const WORD = '[\\p{L}\\p{M}\\p{N}]';
const normalise = (text: string) => normaliseArabic(text).toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A wording as a pattern, by the rules in docs/glossary/README.md: whole words, any case and
 * spacing, `*` for any ending; in Arabic without marks, each word with or without ال, the first
 * also with و ف ب ل ك in front.
 */
function avoidPattern(wording: string, arabic: boolean): RegExp {
  const words = normalise(wording)
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      const ending = word.endsWith('*') ? `${WORD}*` : '';
      let stem = word.replace(/\*$/, '');
      let before = '';
      if (arabic) {
        stem = stem.replace(/^ال(?=..)/, '');
        before = index === 0 ? '(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)' : '(?:ال)?';
      }
      return `${before}${escape(stem)}${ending}`;
    });
  return new RegExp(`(?<!${WORD})${words.join('\\s+')}(?!${WORD})`, 'gu');
}

type Text = { where: string; text: string };
type Finding = { where: string; found: string; avoid: string; use: string };

function findAvoided(texts: Text[], entries: Entry[], arabic: boolean): Finding[] {
  const patterns = entries.flatMap((entry) => entry.avoid.map((avoid) => ({ entry, avoid, pattern: avoidPattern(avoid, arabic) })));
  return texts.flatMap(({ where, text }) =>
    patterns.flatMap(({ entry, avoid, pattern }) => [...normalise(text).matchAll(pattern)].map((match) => ({ where, found: match[0], avoid, use: entry.use }))),
  );
}

const report = (findings: Finding[]) => findings.map(({ where, found, avoid, use }) => `${where}: "${found}" (the glossary says avoid \`${avoid}\`; use ${use})`).join('\n');

// Fields whose strings are not text a visitor reads in the document's language: ids, keys,
// addresses, codes, and the search words visitors type (which list avoided words on purpose).
const NOT_TEXT = new Set([
  '_id',
  '_type',
  '_key',
  '_ref',
  '_rev',
  '_createdAt',
  '_updatedAt',
  '_weak',
  '_sanityAsset',
  'style',
  'listItem',
  'marks',
  'markDefs',
  'language',
  'slug',
  'kind',
  'audience',
  'tone',
  'url',
  'href',
  'phone',
  'asset',
  'day',
  'opens',
  'closes',
  'date',
  'searchKeywords',
  'crisisSearchTerms',
  'searchSynonyms',
]);

const isLanguageItem = (item: unknown): item is { language: string; value: unknown } =>
  !!item && typeof item === 'object' && typeof (item as { language?: unknown }).language === 'string' && 'value' in item;

/**
 * Every text in `locale` in the dataset: whole documents in that language (articles, topics,
 * pages; none means Swedish), and the items in that language of translated fields in the others
 * (settings texts, reviewer titles).
 */
function datasetTexts(docs: SanityDocument[], locale: Locale): Text[] {
  const out: Text[] = [];
  const walk = (value: unknown, where: string, language: string | null): void => {
    // A block's spans are read as its one sentence, so a wording split by a link or bold is found.
    const spans = value && typeof value === 'object' && (value as { _type?: unknown })._type === 'block' ? (value as { children?: unknown }).children : undefined;
    if (Array.isArray(spans)) {
      if (language === locale) out.push({ where, text: spans.map((span) => (typeof span?.text === 'string' ? span.text : '')).join('') });
    } else if (typeof value === 'string') {
      if (language === locale) out.push({ where, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const key = item && typeof item === 'object' && '_key' in item ? `_key=="${String(item._key)}"` : String(index);
        if (isLanguageItem(item)) walk(item.value, `${where}[${key}].value`, item.language);
        else walk(item, `${where}[${key}]`, language);
      });
    } else if (value && typeof value === 'object') {
      for (const [key, field] of Object.entries(value)) if (!NOT_TEXT.has(key)) walk(field, where ? `${where}.${key}` : key, language);
    }
  };
  for (const doc of docs) {
    const whole = (TRANSLATED_TYPES as readonly string[]).includes(doc._type) ? ((doc.language as string | undefined) ?? 'sv') : null;
    for (const [key, field] of Object.entries(doc)) if (!NOT_TEXT.has(key)) walk(field, `${doc._id} ${key}`, whole);
  }
  return out;
}

const catalogTexts = (file: string, catalog: Record<string, string>): Text[] => Object.entries(catalog).map(([key, text]) => ({ where: `${file} "${key}"`, text }));

const DATASET = parseNdjson(read('sanity/dataset/data.ndjson'), 'data.ndjson');
const glossary = (name: string) => parseGlossary(read(`docs/glossary/${name}.md`), `docs/glossary/${name}.md`);

const LANGUAGES: Array<{ name: string; locale: Locale; glossaries: string[]; catalog: [string, Record<string, string>] }> = [
  { name: 'Swedish', locale: 'sv', glossaries: ['sv'], catalog: ['src/i18n/sv.json', sv] },
  // Easy-read keeps the Swedish strings it does not reword; Swedish's glossary holds for it too.
  { name: 'easy-read Swedish', locale: 'sv-lattlast', glossaries: ['sv', 'sv-lattlast'], catalog: ['src/i18n/sv-lattlast.json (with sv.json)', { ...sv, ...lattlast }] },
  { name: 'English', locale: 'en', glossaries: ['en'], catalog: ['src/i18n/en.json', en] },
  { name: 'Arabic', locale: 'ar', glossaries: ['ar'], catalog: ['src/i18n/ar.json', ar] },
];

const KEY_TERMS = ['counsellor', 'support line', 'acute danger', 'crisis plan', 'relative', 'self-harm', 'suicidal thoughts', 'chat', 'quick exit'];

describe('one wording per key term, in every language', () => {
  it.each(['sv', 'sv-lattlast', 'en', 'ar'])('the %s glossary gives every key term a wording and lists what to avoid', (name) => {
    const entries = glossary(name);
    expect(KEY_TERMS.filter((key) => !entries.some((entry) => entry.term.startsWith(key)))).toEqual([]);
    expect(entries.every((entry) => entry.use.length > 0)).toBe(true);
    expect(entries.flatMap((entry) => entry.avoid).length).toBeGreaterThan(5);
  });

  for (const { name, locale, glossaries, catalog } of LANGUAGES) {
    const entries = glossaries.flatMap(glossary);
    const arabic = locale === 'ar';
    it(`the ${name} interface uses none of the wordings its glossary says to avoid`, () => {
      const findings = findAvoided(catalogTexts(...catalog), entries, arabic);
      expect(findings, report(findings)).toEqual([]);
    });
    it(`the ${name} content in the dataset uses none of the wordings its glossary says to avoid`, () => {
      const texts = datasetTexts(DATASET, locale);
      expect(texts.length).toBeGreaterThan(20);
      const findings = findAvoided(texts, entries, arabic);
      expect(findings, report(findings)).toEqual([]);
    });
  }
});

describe('how a glossary wording is matched', () => {
  const finds = (wording: string, text: string, arabic = false) => [...normalise(text).matchAll(avoidPattern(wording, arabic))].map((match) => match[0]);

  it('matches whole words in any case, and endings only where the wording ends in *', () => {
    expect(finds('for you who', 'Texts For you who are struggling')).toEqual(['for you who']);
    expect(finds('for you who', 'for your sake')).toEqual([]);
    expect(finds('relative', 'relatively calm, relatives')).toEqual([]);
    expect(finds('helpline*', 'Two helplines')).toEqual(['helplines']);
    expect(finds('kom* och gå*', 'Tankarna kommer och går')).toEqual(['kommer och går']);
  });

  it('matches Arabic with or without vowel marks, the article and the particles in front', () => {
    expect(finds('مرشد*', 'تحدث مع مرشدينا أو المرشد أو للمرشد', true)).toEqual(['مرشدينا', 'المرشد', 'للمرشد']);
    expect(finds('خطر حاد', 'في حالة الخطر الحادّ: اتصل', true)).toEqual(['الخطر الحاد']);
    expect(finds('خروج سريع', 'زر الخروج السريع', true)).toEqual(['الخروج السريع']);
    expect(finds('مرشد*', 'إرشاد للأهل', true)).toEqual([]);
  });

  it('reports the document and field, the wording found and what to use, also where a link splits the wording', () => {
    const entries = [{ term: 'counsellor', use: 'مستشار', avoid: ['مرشد*'] }];
    const texts = datasetTexts(
      [
        {
          _id: 'page-x',
          _type: 'page',
          language: 'ar',
          body: [
            {
              _key: 'b1',
              _type: 'block',
              children: [
                { _key: 's1', _type: 'span', text: 'يستمع ال' },
                { _key: 's2', _type: 'span', text: 'مرشد إليك' },
              ],
            },
          ],
        },
      ],
      'ar',
    );
    expect(report(findAvoided(texts, entries, true))).toBe('page-x body[_key=="b1"]: "المرشد" (the glossary says avoid `مرشد*`; use مستشار)');
  });

  it('reads settings texts and reviewer titles by the language of each item, and leaves search words out', () => {
    const docs = [
      { _id: 'person-a', _type: 'person', name: 'Anna', professionalTitle: versions({ sv: 'Leg. psykolog', en: 'Licensed psychologist' }) },
      { _id: 'siteSettings', _type: 'siteSettings', tagline: versions({ en: 'Support' }), crisisSearchTerms: versions({ en: ['self harm'] }) },
      { _id: 'article-x__en', _type: 'article', language: 'en', title: 'Title', searchKeywords: ['self harm'] },
    ];
    expect(datasetTexts(docs, 'en').map(({ where }) => where)).toEqual(['person-a professionalTitle[_key=="en"].value', 'siteSettings tagline[_key=="en"].value', 'article-x__en title']);
  });
});
