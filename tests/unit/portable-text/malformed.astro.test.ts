// Portable Text from a careless import: every field of every block type replaced by a value of
// another kind. The body still renders, shows nothing of the wrong kind ("[object Object]",
// "undefined", "NaN") and never a link the site did not check.
import { describe, expect, it } from 'vitest';
import PortableTextBody from '../../../src/components/portable-text/PortableTextBody.astro';
import type { RenderedImage } from '../../../src/data/images';
import { collectingReport } from '../../../src/data/report';
import { renderComponent } from '../../support/components';

const WRONG: unknown[] = [null, undefined, '', 'text', 0, 42, Number.NaN, Number.POSITIVE_INFINITY, true, {}, { _type: 'span' }, [], ['x'], [null], [{}], [42]];

const IMAGES = new Map<string, RenderedImage>([['image-a', { src: '/_astro/a.webp', width: 800, height: 450 }]]);

/** The body's HTML and the warnings it raised, on a Swedish page. */
async function render(body: unknown) {
  const report = collectingReport();
  const html = await renderComponent(PortableTextBody, { props: { body, docId: 'article-import', images: IMAGES, report } });
  return { html, warnings: report.warnings };
}

const BLOCKS: Record<string, Record<string, unknown>> = {
  paragraph: {
    _key: 'p',
    _type: 'block',
    style: 'normal',
    markDefs: [
      { _key: 'l', _type: 'link', href: 'https://www.1177.se/' },
      { _key: 'i', _type: 'internalLink', target: { _type: 'article', slug: 'oro' } },
    ],
    children: [{ _key: 's', _type: 'span', text: 'Läs mer', marks: ['strong', 'l', 'i'] }],
  },
  listItem: { _key: 'li', _type: 'block', style: 'normal', listItem: 'bullet', level: 1, markDefs: [], children: [{ _key: 's', _type: 'span', text: 'Punkt', marks: [] }] },
  callout: { _key: 'c', _type: 'callout', tone: 'tip', title: 'Tips', text: 'Andas lugnt.' },
  helpBox: {
    _key: 'hb',
    _type: 'helpBox',
    title: 'Stöd',
    text: 'Du är inte ensam.',
    contacts: [{ _key: 'k', name: 'Självmordslinjen', phone: '90101', url: 'https://mind.se/', availability: 'Dygnet runt' }],
  },
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
    for (const path of paths(block)) {
      it(`still renders with the ${name}'s ${path.join('.')} replaced by null, text, numbers, objects or lists, with nothing of the wrong kind shown`, async () => {
        for (const wrong of WRONG) {
          const what = `${name}.${path.join('.')} = ${JSON.stringify(wrong)}`;
          const { html } = await render([replaced(block, path, wrong), BLOCKS.paragraph]);
          expect(html, what).not.toMatch(/\[object |undefined|NaN|Infinity|href="(?!https:\/\/|tel:|mailto:|\/)/);
          // The untouched paragraph after it always survives.
          expect(html, what).toContain('Läs mer');
        }
      });
    }
  }

  it('a body that is not a list of blocks renders nothing and names the field', async () => {
    for (const body of ['text', 42, { _type: 'block' }, true]) {
      const { html, warnings } = await render(body);
      expect(html).toBe('');
      expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-import', field: 'body' }));
    }
  });
});

describe('help-box contacts', () => {
  const box = (contact: Record<string, unknown>) => [
    {
      _key: 'hb',
      _type: 'helpBox',
      title: 'Stöd',
      contacts: [
        { _key: 'k', name: 'Tjänst', ...contact },
        { _key: 'ok', name: 'Självmordslinjen', phone: '90101' },
      ],
    },
  ];

  it('drops a contact whose web address is unsafe and says which one', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'java\tscript:alert(1)', 'vbscript:x', '//evil.example/']) {
      const { html, warnings } = await render(box({ phone: '90 390', url }));
      expect(html).not.toContain('Tjänst');
      expect(html).toContain('Självmordslinjen');
      expect(warnings).toContainEqual(expect.objectContaining({ docId: 'article-import', field: 'body[_key=="hb"].contacts[_key=="k"].url' }));
    }
  });

  it('drops a contact whose phone number would dial a wrong number', async () => {
    for (const phone of ['ring 90101', '90101 eller 112', '+46 (0)8 123', '1']) {
      const { html, warnings } = await render(box({ phone }));
      expect(html).not.toContain('Tjänst');
      expect(warnings).toContainEqual(expect.objectContaining({ field: 'body[_key=="hb"].contacts[_key=="k"].phone' }));
    }
  });

  it('drops a contact without a name or a way to reach it, with a warning', async () => {
    const { html, warnings } = await render(box({ name: '', phone: '90101' }).concat(box({ phone: undefined, url: undefined }).map((b) => ({ ...b, _key: 'hb2' }))));
    expect(html).not.toContain('Tjänst');
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'body[_key=="hb"].contacts[_key=="k"].name' }));
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'body[_key=="hb2"].contacts[_key=="k"]' }));
  });
});
