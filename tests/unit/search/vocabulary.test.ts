import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildVocabulary, commonWords, commonWordsFor, indexedPage, vocabularyWords, writeSearchVocabulary } from '../../../src/integrations/search-vocabulary';
import { CRISIS_FLOORS } from '../../../src/lib/crisis-floor';
import { commonWordsFile, prefixKey, SHARD_KEYS, shardKey } from '../../../src/scripts/search/query';
import { crisisFloorFile } from '../../../src/scripts/search/crisis-files';

const ARTICLE = `<!doctype html><html lang="sv"><head><title>Ångest | Stödlinjen</title><script>var hemlig = 1;</script></head>
<body><nav>Huvudmeny Kontakt</nav>
<main id="innehall" data-pagefind-body><h1>Vad är ångest?</h1>
<p>Ångesten går över &amp; kommer&nbsp;tillbaka. <strong>Panikattacker</strong> är vanliga.</p>
<div hidden data-pagefind-ignore><data value="sömnlös, oroskänslor" data-pagefind-meta="keywords[value]"></data><data value="self" data-pagefind-filter="audience[value]"></data><p>dolttext</p></div>
<div><div data-pagefind-ignore>ignorerat <div>djupt</div></div> synligt</div>
<form><label>formulärtext</label></form>
</main><footer>Sidfot</footer></body></html>`;

describe('the indexed text of a page', () => {
  const { text, language } = indexedPage(ARTICLE);

  it('is the data-pagefind-body element with entities decoded', () => {
    expect(text).toContain('Vad är ångest?');
    expect(text).toContain('Ångesten går över & kommer\u00a0tillbaka.');
    expect(text).toContain('synligt');
  });

  it('includes searchable metadata such as the editors’ keywords', () => {
    expect(text).toContain('sömnlös, oroskänslor');
  });

  it('leaves out what Pagefind leaves out: ignored elements (nested too), scripts, forms, chrome, filter values', () => {
    for (const hidden of ['dolttext', 'ignorerat', 'djupt', 'formulärtext', 'Huvudmeny', 'Sidfot', 'hemlig', 'self']) expect(text).not.toContain(hidden);
  });

  it('is empty for a page that is not indexed', () => {
    expect(indexedPage('<html><body><main><h1>Sök</h1></main></body></html>').text).toBe('');
  });

  it('is in the page’s index language, its <html lang>', () => {
    expect(language).toBe('sv');
    expect(indexedPage('<html><body><main data-pagefind-body>Text</main></body></html>').language).toBe('unknown');
  });

  it('is the text a browser shows: markup in a title, keyword or attribute is text, and a word split by inline markup stays one word', () => {
    const page = indexedPage(`<html lang="sv"><body><main data-pagefind-body><h1>&lt;script&gt;alert(1)&lt;/script&gt; och oro</h1>
<data value="<script>alert(1)</script>" data-pagefind-meta="keywords[value]"></data><p><strong>Pan</strong>ik<br>attack</p><ul><li>ett</li><li>två</li></ul></main></body></html>`);
    expect(page.text).toContain('<script>alert(1)</script> och oro');
    expect(page.text.match(/<script>alert\(1\)<\/script>/g)).toHaveLength(2);
    expect(page.text).toContain('Panik attack');
    expect(vocabularyWords(indexedPage('<main data-pagefind-body>själv&shy;mords\u00adtankar</main>').text)).toEqual(['självmordstankar']);
    expect(page.text).toContain('ett två');
  });
});

describe('the vocabulary', () => {
  it('holds each word once, most frequent first, sharded by folded first letter', () => {
    const shards = buildVocabulary(['Ångest ångest oro', 'ångesten Oro oro x 42']);
    expect(shards.get('a')).toEqual(['ångest', 'ångesten']);
    expect(shards.get('o')).toEqual(['oro']);
    // Single letters and numbers are not words anyone misspells.
    expect(shards.has('x')).toBe(false);
    expect(shards.has('4')).toBe(false);
  });
});

describe('writing the vocabulary next to the index', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads every indexed page, skips the index itself, and writes one shard per letter and language, empty ones too', async () => {
    dir = await mkdtemp(join(tmpdir(), 'vocabulary-'));
    await mkdir(join(dir, 'artiklar', 'angest'), { recursive: true });
    await mkdir(join(dir, 'en', 'articles', 'anxiety'), { recursive: true });
    await mkdir(join(dir, 'ar', 'articles', 'anxiety'), { recursive: true });
    await mkdir(join(dir, 'pagefind'), { recursive: true });
    await writeFile(join(dir, 'artiklar', 'angest', 'index.html'), ARTICLE);
    await writeFile(join(dir, 'en', 'articles', 'anxiety', 'index.html'), '<html lang="en"><body><main data-pagefind-body><h1>Anxiety</h1><p>Anxiety passes.</p></main></body></html>');
    await writeFile(
      join(dir, 'ar', 'articles', 'anxiety', 'index.html'),
      '<html lang="ar" dir="rtl"><body><main data-pagefind-body><h1>القلـــق</h1><p>أفكار الانتحار والقلق.</p></main></body></html>',
    );
    await writeFile(join(dir, 'sok.html'), '<html lang="sv"><body><main><h1>Söksidan</h1></main></body></html>');
    await writeFile(join(dir, 'pagefind', 'fragment.html'), '<main data-pagefind-body>indexfil</main>');
    const report = await writeSearchVocabulary(dir, join(dir, 'pagefind'));
    expect(report.languages).toEqual(['ar', 'en', 'sv']);
    const read = async (language: string, file: string) => JSON.parse(await readFile(join(dir, 'pagefind', 'vocabulary', language, file), 'utf8')) as string[];
    const files = (await readdir(join(dir, 'pagefind', 'vocabulary', 'sv'))).filter((file) => !file.startsWith('common-'));
    expect(files).toContain('a.json');
    expect(files).toContain('z.json');
    expect(files).toContain(`${shardKey('ا')}.json`);
    expect(report.shards).toBe(files.length * 3);
    expect(await read('sv', 'a.json')).toContain('ångest');
    expect(await read('sv', 'z.json')).toEqual([]);
    // Each Latin letter's shard once more by its first two letters, in the same order: "ångest" in "an".
    expect(await read('sv', 'an.json')).toContain('ångest');
    expect(await read('sv', 'an.json')).toEqual((await read('sv', 'a.json')).filter((word) => prefixKey(word) === 'an'));
    expect(files).toEqual(expect.arrayContaining(['z_.json', 'a9.json']));
    expect(files.filter((file) => file.startsWith('ar-')).sort()).toEqual(
      SHARD_KEYS.filter((key) => key.startsWith('ar-'))
        .map((key) => `${key}.json`)
        .sort(),
    );
    // Each language's words only in its own folder.
    expect(await read('en', 'a.json')).toEqual(['anxiety', 'passes'].filter((word) => word.startsWith('a')));
    expect(await read('sv', 'a.json')).not.toContain('anxiety');
    // Arabic under its normalised first letter, as written (tatweel dropped).
    expect(await read('ar', `${shardKey('أفكار')}.json`)).toEqual(expect.arrayContaining(['أفكار', 'الانتحار', 'القلق']));
    expect(await read('sv', `${shardKey('أفكار')}.json`)).toEqual([]);
    const all = (await Promise.all(files.map((file) => read('sv', file)))).flat();
    expect(all).not.toContain('söksidan');
    expect(all).not.toContain('indexfil');
    // Beside each shard, the common words under its letter that the index lacks; Swedish and English on the Swedish pages.
    expect(await read('sv', commonWordsFile('o'))).toEqual(expect.arrayContaining(['orolig', 'ofta']));
    expect(await commonWords('sv')).toContain('ångest');
    expect(await read('sv', commonWordsFile('a'))).not.toContain('ångest');
    expect(await read('sv', commonWordsFile('w'))).toEqual(expect.arrayContaining(['worried', 'want']));
    expect(await read('ar', commonWordsFile(shardKey('حياتي')))).toContain('حياتي');
    expect(await read('ar', commonWordsFile('w'))).toEqual([]);
    // And each language's built-in crisis terms, for a search page to fetch when a query is written in its script.
    for (const [language, terms] of Object.entries(CRISIS_FLOORS)) {
      expect(JSON.parse(await readFile(join(dir, 'pagefind', 'vocabulary', crisisFloorFile(language)), 'utf8'))).toEqual(terms);
    }
  });
});

describe('the common-word lists', () => {
  it.each(['sv', 'en', 'ar'])('%s: a few thousand words, lower case, no comments, each once in the file', async (list) => {
    const words = await commonWords(list);
    expect(words.length).toBeGreaterThan(list === 'ar' ? 1000 : 3000);
    expect(words.filter((word) => word !== word.toLowerCase() || word.startsWith('#'))).toEqual([]);
  });

  it('leaves out what the index has, since an index word is never corrected', async () => {
    expect(await commonWordsFor('en', ['Worried'])).not.toContain('worried');
    expect(await commonWordsFor('en', [])).toContain('worried');
    expect(await commonWordsFor('xx', [])).toEqual([]);
  });
});
