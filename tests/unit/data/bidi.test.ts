// An unpaired bidirectional control in a title reverses what follows it, such as the site's
// name after the title in the browser tab. They are removed from every text the content gives
// pages; balanced pairs (needed for right-to-left names among Swedish text) stay.
import { describe, expect, it } from 'vitest';
import { withoutStrayBidi } from '../../../src/data/clean';
import { article, load, paragraph, ref, siteSettings, topic, versions } from '../../support/fixtures';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];
const [LRM, RLM, ALM] = ['\u200e', '\u200f', '\u061c'];

describe('stray bidirectional controls', () => {
  it('removes every opener without its closer', () => {
    for (const opener of [LRE, RLE, LRO, RLO, LRI, RLI, FSI]) expect(withoutStrayBidi(`Oro${opener} och ångest`)).toBe('Oro och ångest');
  });

  it('removes every closer without its opener', () => {
    expect(withoutStrayBidi(`Oro${PDF} och${PDI} ångest`)).toBe('Oro och ångest');
  });

  it('keeps balanced pairs, nested too', () => {
    for (const text of [`Stöd på ${RLI}عربي${PDI} och svenska`, `${RLE}a${LRO}b${PDF}c${PDF}`, `${FSI}a${RLE}b${PDF}${PDI}`]) expect(withoutStrayBidi(text)).toBe(text);
  });

  it('matches pairs as browsers do: an isolate closes the embeddings left open inside it, a line break ends everything', () => {
    expect(withoutStrayBidi(`${RLI}a${RLO}b${PDI}c`)).toBe(`${RLI}ab${PDI}c`);
    // A PDF cannot close an embedding from outside an isolate it is in.
    expect(withoutStrayBidi(`${RLE}a${RLI}b${PDF}${PDI}${PDF}`)).toBe(`${RLE}a${RLI}b${PDI}${PDF}`);
    expect(withoutStrayBidi(`a${RLO}b\nc${PDF}`)).toBe('ab\nc');
  });

  it('removes marks only at either end, where they can only affect what the site puts next to the field', () => {
    expect(withoutStrayBidi(`${RLM}Titel${LRM}${ALM}`)).toBe('Titel');
    expect(withoutStrayBidi(`Tel. ${LRM}+46 8 123${RLM} (dygnet runt)`)).toBe(`Tel. ${LRM}+46 8 123${RLM} (dygnet runt)`);
  });

  it('leaves text without controls untouched', () => {
    expect(withoutStrayBidi('Självmordstankar – vad kan jag göra?')).toBe('Självmordstankar – vad kan jag göra?');
  });

  it('no title, summary or site name reaches a page with an unpaired control', async () => {
    const { content } = await load([
      siteSettings({ siteName: `${RLO}Stödlinjen`, tagline: versions({ sv: `Stöd${RLI}` }) }),
      topic('topic-a', { title: `Oro${RLO}` }),
      article('article-a', { title: `Sömn${RLO}`, summary: `${PDI}Om sömn`, topics: [ref('topic-a')], body: [paragraph(`Rubrik${RLE}`, { style: 'h2' })] }),
    ]);
    const somn = content.locales.sv.articles[0]!;
    expect([content.locales.sv.site.siteName, content.locales.sv.site.tagline, content.locales.sv.topics[0]!.title, somn.title, somn.summary, somn.topics[0]!.title]).toEqual([
      'Stödlinjen',
      'Stöd',
      'Oro',
      'Sömn',
      'Om sömn',
      'Oro',
    ]);
    expect(JSON.stringify(somn.body)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
