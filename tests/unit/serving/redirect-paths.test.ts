// The rules for a redirect's addresses and the redirect a changed slug leaves behind, shared by
// the Studio, the dataset lint and the build.
import { describe, expect, it } from 'vitest';
import { addressOwner, normaliseSitePath, planSlugChange, redirectForSlugChange, redirectIdFor, sitePathProblem } from '../../../src/lib/redirects';
import { checkRedirectFrom, checkRedirectPath, checkRedirectTarget } from '../../../sanity/lib/rules';

describe('a redirect address', () => {
  it.each([
    ['/artiklar/gammal/', undefined],
    ['/artiklar/gammal', undefined],
    ['/om%C3%A5/', undefined],
    ['/gamla-sajten/sida.html', undefined],
    ['', 'empty'],
    ['artiklar/gammal/', 'not-site-relative'],
    ['https://stodlinjen.se/artiklar/gammal/', 'not-site-relative'],
    ['//evil.example/x/', 'not-site-relative'],
    ['/artiklar/gammal/?a=1', 'query-or-fragment'],
    ['/artiklar/gammal/#del', 'query-or-fragment'],
    ['/med mellanslag/', 'characters'],
    ['/ångest/', 'characters'],
    ['/"quoted"/', 'characters'],
    ['/rad%0Abrytning/', 'characters'],
    ['/a%2Fb/', 'characters'],
    ['/%FF/', 'characters'],
    ['/a/../b/', 'dot-segment'],
    ['/a//b/', 'empty-segment'],
    ['/', 'root'],
  ])('%j: %s', (path, problem) => {
    expect(sitePathProblem(path)).toBe(problem);
  });

  it('gets the trailing slash every address of the site has', () => {
    expect(normaliseSitePath('/artiklar/gammal')).toBe('/artiklar/gammal/');
    expect(normaliseSitePath(' /artiklar/gammal/ ')).toBe('/artiklar/gammal/');
    expect(normaliseSitePath('/om%c3%a5')).toBe('/om%C3%A5/');
    expect(normaliseSitePath('/%61rtiklar/')).toBe('/artiklar/');
  });

  it('is explained to editors in Swedish, naming the form the site writes', () => {
    expect(checkRedirectPath('/artiklar/gammal/')).toBeUndefined();
    expect(checkRedirectPath('/artiklar/gammal')).toContain('”/artiklar/gammal/”');
    expect(checkRedirectPath('https://stodlinjen.se/x/')).toMatch(/utan https:\/\//);
    expect(checkRedirectPath('/x/?a=1')).toMatch(/\? eller #/);
  });

  it('as an old address, is never one of the site’s own pages or folders', () => {
    expect(checkRedirectFrom('/artiklar/gammal/')).toBeUndefined();
    expect(checkRedirectFrom('/kontakt/')).toMatch(/webbplatsens egna sidor/);
    expect(checkRedirectFrom('/jag-mar-daligt/')).toMatch(/webbplatsens egna sidor/);
    expect(checkRedirectFrom('/_astro/gammal/')).toMatch(/egna filer/);
    expect(checkRedirectFrom('/pagefind/x/')).toMatch(/egna filer/);
    expect(checkRedirectFrom('/kontakt')).toMatch(/”\/kontakt\/”/);
  });

  it('leads to one place: a document or a path, not both, not itself', () => {
    expect(checkRedirectTarget({ from: '/a/', toDocument: { _ref: 'article-a' } })).toBeUndefined();
    expect(checkRedirectTarget({ from: '/a/', toPath: '/kontakt/' })).toBeUndefined();
    expect(checkRedirectTarget({ from: '/a/' })).toMatch(/Välj vart/);
    expect(checkRedirectTarget({ from: '/a/', toDocument: { _ref: 'x' }, toPath: '/b/' })).toMatch(/inte båda/);
    expect(checkRedirectTarget({ from: '/a/', toPath: '/a' })).toMatch(/sig själv/);
  });

  it('names the document type and slug served at an address, by the site’s routes', () => {
    expect(addressOwner('/artiklar/somn/')).toEqual({ type: 'article', slug: 'somn', language: 'sv' });
    expect(addressOwner('/amnen/oro/')).toEqual({ type: 'topic', slug: 'oro', language: 'sv' });
    expect(addressOwner('/integritet/')).toEqual({ type: 'page', slug: 'integritet', language: 'sv' });
    expect(addressOwner('/en/articles/sleep/')).toEqual({ type: 'article', slug: 'sleep', language: 'en' });
    expect(addressOwner('/lattlast/amnen/oro/')).toEqual({ type: 'topic', slug: 'oro', language: 'sv-lattlast' });
    expect(addressOwner('/ar/privacy/')).toEqual({ type: 'page', slug: 'privacy', language: 'ar' });
    expect(addressOwner('/amnen/oro/2/')).toBeNull();
    expect(addressOwner('/Stor/')).toBeNull();
  });
});

describe('publishing a new slug', () => {
  it('moves the old address of an article, a topic and a page to the document', () => {
    expect(redirectForSlugChange('article-a', 'article', 'gammal', 'ny')).toEqual({
      _type: 'redirect',
      from: '/artiklar/gammal/',
      toDocument: { _type: 'reference', _ref: 'article-a', _weak: true },
      permanent: true,
    });
    expect(redirectForSlugChange('topic-a', 'topic', 'oro', 'oro-och-angest')?.from).toBe('/amnen/oro/');
    expect(redirectForSlugChange('page-a', 'page', 'om', 'om-oss')?.from).toBe('/om/');
  });

  it('leaves nothing behind for a first publish, an unchanged slug, or a type without address', () => {
    expect(redirectForSlugChange('article-a', 'article', undefined, 'ny')).toBeNull();
    expect(redirectForSlugChange('article-a', 'article', 'samma', 'samma')).toBeNull();
    expect(redirectForSlugChange('article-a', 'article', 'gammal', undefined)).toBeNull();
    expect(redirectForSlugChange('person-a', 'person', 'gammal', 'ny')).toBeNull();
  });

  it('creates one redirect with an id made from the address, the same every time', () => {
    const plan = planSlugChange('article-a', 'article', 'gammal', 'ny', []);
    expect(plan?.create?._id).toBe(redirectIdFor('/artiklar/gammal/'));
    expect(planSlugChange('article-a', 'article', 'gammal', 'ny', [])?.create?._id).toBe(plan?.create?._id);
    expect(redirectIdFor('/a/b/')).not.toBe(redirectIdFor('/a-b/'));
    expect(redirectIdFor('/artiklar/gammal/')).toMatch(/^redirect-artiklar-gammal-[0-9a-f]{8}$/);
  });

  it('points an existing redirect from the old address at the document instead of making a second', () => {
    const plan = planSlugChange('article-a', 'article', 'gammal', 'ny', [
      { _id: 'redirect-manual', from: '/artiklar/gammal' },
      { _id: 'drafts.redirect-manual', from: '/artiklar/gammal/' },
      { _id: 'redirect-other', from: '/artiklar/annan/' },
    ]);
    expect(plan).toMatchObject({ create: null, retarget: ['redirect-manual', 'drafts.redirect-manual'], remove: [] });
    expect(plan?.toDocument._ref).toBe('article-a');
  });

  it('removes redirects from the new address, where the document lives again', () => {
    const plan = planSlugChange('article-a', 'article', 'ny', 'gammal', [{ _id: 'redirect-back', from: '/artiklar/gammal/' }]);
    expect(plan?.remove).toEqual(['redirect-back']);
    expect(plan?.create?.from).toBe('/artiklar/ny/');
  });
});
