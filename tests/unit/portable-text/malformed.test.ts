// Portable Text from a careless import: every field of every block type replaced by a value of
// another kind. The body still renders, shows nothing of the wrong kind ("[object Object]",
// "undefined", "NaN") and never a link the site did not check.
import { describe, expect, it } from 'vitest';
import { collectingReport } from '../../../src/data/report';
import { uiFor } from '../../../src/i18n';
import { renderBody, type BodyContext } from '../../../src/portable-text/render';

const WRONG: unknown[] = [null, undefined, '', 'text', 0, 42, Number.NaN, Number.POSITIVE_INFINITY, true, {}, { _type: 'span' }, [], ['x'], [null], [{}], [42]];

const context = (): BodyContext & { report: ReturnType<typeof collectingReport> } => ({
  docId: 'article-import',
  ui: uiFor('sv'),
  contact: { phoneNumber: '90 390' },
  images: new Map([['image-a', { src: '/_astro/a.webp', width: 800, height: 450 }]]),
  report: collectingReport(),
});

const BLOCKS: Record<string, Record<string, unknown>> = {
  paragraph: {
    _key: 'p',
    _type: 'block',
    style: 'normal',
    markDefs: [{ _key: 'l', _type: 'link', href: 'https://www.1177.se/' }, { _key: 'i', _type: 'internalLink', target: { _type: 'article', slug: 'oro' } }],
    children: [{ _key: 's', _type: 'span', text: 'Läs mer', marks: ['strong', 'l', 'i'] }],
  },
  listItem: { _key: 'li', _type: 'block', style: 'normal', listItem: 'bullet', level: 1, markDefs: [], children: [{ _key: 's', _type: 'span', text: 'Punkt', marks: [] }] },
  callout: { _key: 'c', _type: 'callout', tone: 'tip', title: 'Tips', text: 'Andas lugnt.' },
  helpBox: { _key: 'hb', _type: 'helpBox', title: 'Stöd', text: 'Du är inte ensam.', contacts: [{ _key: 'k', name: 'Självmordslinjen', phone: '90101', url: 'https://mind.se/', availability: 'Dygnet runt' }] },
  exerciseSteps: { _key: 'e', _type: 'exerciseSteps', title: 'Andas', durationMinutes: 3, steps: [{ _key: 'a', text: 'Andas in' }] },
  faqItem: { _key: 'f', _type: 'faqItem', question: 'Är jag anonym?', answer: 'Ja.' },
  figure: { _key: 'img', _type: 'figure', alt: 'En horisont', caption: 'Bildtext', decorative: false, image: { _id: 'image-a' } },
};

/** Every path to a value in a block, e.g. ["children", 0, "marks"]. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (!value || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))].filter((path) => path.length);
}

function replaced(block: Record<string, unknown>, path: Array<string | number>, wrong: unknown): unknown {
  const copy = structuredClone(block);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = wrong;
  return copy;
}

describe('a body with fields of the wrong kind', () => {
  for (const [name, block] of Object.entries(BLOCKS)) {
    it(`still renders every ${name} field replaced by null, text, numbers, objects or lists, with nothing of the wrong kind shown`, () => {
      for (const path of paths(block)) {
        for (const wrong of WRONG) {
          const body = [replaced(block, path, wrong), BLOCKS.paragraph];
          let html = '';
          expect(() => (html = renderBody(body, context())), `${name}.${path.join('.')} = ${JSON.stringify(wrong)}`).not.toThrow();
          expect(html, `${name}.${path.join('.')} = ${JSON.stringify(wrong)}`).not.toMatch(/\[object |undefined|NaN|Infinity|href="(?!https:\/\/|tel:|mailto:|\/)/);
          // The untouched paragraph after it always survives.
          expect(html).toContain('Läs mer');
        }
      }
    });
  }

  it('a body that is not a list of blocks renders nothing and names the field', () => {
    for (const body of ['text', 42, { _type: 'block' }, true]) {
      const ctx = context();
      expect(renderBody(body, ctx)).toBe('');
      expect(ctx.report.warnings).toContainEqual(expect.objectContaining({ docId: 'article-import', field: 'body' }));
    }
  });
});

describe('help-box contacts', () => {
  const box = (contact: Record<string, unknown>) => [{ _key: 'hb', _type: 'helpBox', title: 'Stöd', contacts: [{ _key: 'k', name: 'Tjänst', ...contact }, { _key: 'ok', name: 'Självmordslinjen', phone: '90101' }] }];

  it('drops a contact whose web address is unsafe and says which one', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'java\tscript:alert(1)', 'vbscript:x', '//evil.example/']) {
      const ctx = context();
      const html = renderBody(box({ phone: '90 390', url }), ctx);
      expect(html).not.toContain('Tjänst');
      expect(html).toContain('Självmordslinjen');
      expect(ctx.report.warnings).toContainEqual(expect.objectContaining({ docId: 'article-import', field: 'body[_key=="hb"].contacts[_key=="k"].url' }));
    }
  });

  it('drops a contact whose phone number would dial a wrong number', () => {
    for (const phone of ['ring 90101', '90101 eller 112', '+46 (0)8 123', '1']) {
      const ctx = context();
      const html = renderBody(box({ phone }), ctx);
      expect(html).not.toContain('Tjänst');
      expect(ctx.report.warnings).toContainEqual(expect.objectContaining({ field: 'body[_key=="hb"].contacts[_key=="k"].phone' }));
    }
  });

  it('drops a contact without a name or a way to reach it, with a warning', () => {
    const ctx = context();
    const html = renderBody(box({ name: '', phone: '90101' }).concat(box({ phone: undefined, url: undefined }).map((b) => ({ ...b, _key: 'hb2' }))), ctx);
    expect(html).not.toContain('Tjänst');
    expect(ctx.report.warnings).toContainEqual(expect.objectContaining({ field: 'body[_key=="hb"].contacts[_key=="k"].name' }));
    expect(ctx.report.warnings).toContainEqual(expect.objectContaining({ field: 'body[_key=="hb2"].contacts[_key=="k"]' }));
  });
});
