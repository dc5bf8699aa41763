// Built HTML is read as a browser reads it, by one parser: markup inside an attribute value, a
// title or a textarea is text; a script element is a script; entities are decoded; a page read as
// bytes gives the same values as the page read as text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml, findElements, htmlFiles, inlineCode, servedPath } from '../../../src/build/html.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the pages of a built site', () => {
  it('are its HTML files outside Astro’s assets and Pagefind’s index, relative and sorted', () => {
    dir = mkdtempSync(join(tmpdir(), 'html-files-'));
    for (const file of ['index.html', '404.html', 'artiklar/somn/index.html', 'artiklar/pagefind/index.html', 'en/404.html', '_astro/x.html', 'pagefind/fragment.html', 'sitemap-index.xml']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '<p>x</p>');
    }
    expect(htmlFiles(dir)).toEqual(['404.html', 'artiklar/pagefind/index.html', 'artiklar/somn/index.html', 'en/404.html', 'index.html']);
  });

  it('are served at the address their file stands for', () => {
    expect(servedPath('index.html')).toBe('/');
    expect(servedPath('artiklar/somn/index.html')).toBe('/artiklar/somn/');
    expect(servedPath('en/404.html')).toBe('/en/404.html');
  });
});

describe('escaping', () => {
  it('makes text safe as element content and as a double-quoted attribute value, and the parser reads it back as it was', () => {
    const text = `<script>alert("1")</script> & 'mer'`;
    expect(escapeHtml(text)).toBe("&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; 'mer'");
    const [element] = findElements(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`, (tag) => tag.name === 'p');
    expect(element!.attributes.title).toBe(text);
    expect(element!.text).toBe(text);
  });
});

const PAGE = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>&lt;script&gt;alert(1)&lt;/script&gt; – Sömn</title>
<meta name="description" content="<script>alert(1)</script> &amp; sömn"><style>.a{color:red}</style></head>
<body><p style="color: r&#101;d" data-x='<script>alert(2)</script>'>Öva &auml;nda&nbsp;in</p><textarea><script>alert(3)</script></textarea>
<script type="module">const x = "&amp;";</script><script type="application/ld+json">{"name":"Å"}</script><script src="/_astro/a.js"></script>
<button onclick="go('å')">Gå</button><template><script>alert(4)</script></template></body></html>`;

describe('inline code', () => {
  it('is only what a browser runs or applies: script and style elements, style attributes and event handlers, never text in an attribute, a title or a textarea', () => {
    const found = inlineCode(PAGE);
    // The template's script is inert until cloned, but it is still code in the page: the build refuses it too.
    expect(found.scripts).toEqual(['const x = "&amp;";', 'alert(4)']);
    expect(found.dataBlocks).toEqual(['{"name":"Å"}']);
    expect(found.styles).toEqual(['.a{color:red}']);
    expect(found.styleAttributes).toEqual(['color: red']);
    expect(found.eventHandlers).toEqual([{ element: 'button', attribute: 'onclick', code: "go('å')" }]);
  });

  it('is the same read from the page’s bytes as from its text', () => {
    expect(inlineCode(Buffer.from(PAGE))).toEqual(inlineCode(PAGE));
  });

  it('has its line breaks as the browser hashes them', () => {
    expect(inlineCode('<script>a()\r\nb()\rc()</script>').scripts).toEqual(['a()\nb()\nc()']);
  });
});

describe('elements and their text', () => {
  it('gives each element’s attributes decoded and its text as a browser shows it', () => {
    const [title, description, paragraph] = findElements(PAGE, (tag) => tag.name === 'title' || tag.name === 'p' || tag.attributes.name === 'description');
    expect(title!.text).toBe('<script>alert(1)</script> – Sömn');
    expect(description!.attributes.content).toBe('<script>alert(1)</script> & sömn');
    expect(paragraph!.text).toBe('Öva ända\u00a0in');
    expect(paragraph!.attributes['data-x']).toBe('<script>alert(2)</script>');
  });

  it('leaves scripts, styles, templates and what the caller skips out of the text, and keeps words that inline markup splits whole', () => {
    const [main] = findElements(
      '<main><h1>Rubrik</h1><p><strong>Pan</strong>ik<script>x()</script></p><div hidden data-skip>dolt</div><ul><li>ett</li><li>två</li></ul></main>',
      (tag) => tag.name === 'main',
      {
        skip: (tag) => 'data-skip' in tag.attributes,
      },
    );
    expect(main!.text).toBe('Rubrik Panik ett två');
  });

  it('tells where each element is, in bytes when the page is read as bytes', () => {
    const html = '<p>Ö</p><p id="b">Å</p>';
    const [, second] = findElements(html, (tag) => tag.name === 'p');
    expect(html.slice(second!.start, second!.end)).toBe('<p id="b">Å</p>');
    const bytes = Buffer.from(html);
    const [, fromBytes] = findElements(bytes, (tag) => tag.name === 'p');
    expect(bytes.subarray(fromBytes!.start, fromBytes!.end).toString('utf8')).toBe('<p id="b">Å</p>');
    expect(bytes.subarray(fromBytes!.contentStart, fromBytes!.contentEnd).toString('utf8')).toBe('Å');
    const [image] = findElements('<p>Se <img src="/a.png" alt="Ö"> här</p>', (tag) => tag.name === 'img');
    expect([image!.start, image!.contentStart, image!.contentEnd, image!.end]).toEqual([6, 32, 32, 32]);
  });
});
