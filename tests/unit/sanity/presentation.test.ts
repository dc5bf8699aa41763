// The Studio's Presentation tool finds each document's page with the site's own routes.
import { describe, expect, it } from 'vitest';
import { locations, mainDocuments, routedLocation } from '../../../sanity/presentation';
import { articlePath, pagePath, topicPath } from '../../../src/lib/routes';

type Resolver = { select: Record<string, string>; resolve: (doc: Record<string, unknown> | null) => unknown };

describe('where an editor sees a document', () => {
  it('articles, topics and pages open their own page, at the address the site gives them in their language', () => {
    for (const [type, path] of [
      ['article', articlePath],
      ['topic', topicPath],
      ['page', pagePath],
    ] as const) {
      const resolver = locations[type] as Resolver;
      expect(resolver.select).toEqual({ title: 'title', slug: 'slug.current', language: 'language' });
      expect(resolver.resolve({ title: 'Sömn', slug: 'somn' })).toEqual({ locations: [{ title: 'Sömn', href: path('somn') }] });
      expect(resolver.resolve({ title: 'Sömn', slug: 'somn', language: 'sv' })).toEqual({ locations: [{ title: 'Sömn', href: path('somn') }] });
      expect(resolver.resolve({ title: 'Sleep', slug: 'sleep', language: 'en' })).toEqual({ locations: [{ title: 'Sleep', href: path('sleep', 'en') }] });
      expect(resolver.resolve({ title: 'Sova', slug: 'somn', language: 'sv-lattlast' })).toEqual({ locations: [{ title: 'Sova', href: path('somn', 'sv-lattlast') }] });
    }
    expect((locations.article as Resolver).resolve({ title: 'النوم', slug: 'sleep', language: 'ar' })).toEqual({ locations: [{ title: 'النوم', href: '/ar/articles/sleep/' }] });
  });

  it('a document without a slug says it has no address yet instead of opening a wrong page', () => {
    expect(routedLocation('article', { title: 'Utkast', slug: null })).toEqual({ message: expect.stringContaining('slug'), tone: 'caution' });
    expect(routedLocation('page', null)).toMatchObject({ tone: 'caution' });
  });

  it("the settings, shown on every page in every language, open each language's start and contact pages", () => {
    expect(locations.siteSettings).toMatchObject({ locations: [{ href: '/' }, { href: '/lattlast/' }, { href: '/en/' }, { href: '/ar/' }, { href: '/jag-mar-daligt/' }] });
    expect(locations.contactSettings).toMatchObject({ locations: [{ href: '/kontakt/' }, { href: '/lattlast/kontakt/' }, { href: '/en/contact/' }, { href: '/ar/contact/' }, { href: '/' }] });
  });

  it('a page in the preview leads back to its document, by the same route patterns', () => {
    expect(mainDocuments).toEqual(
      expect.arrayContaining([
        { route: '/artiklar/:slug/', filter: '_type == "article" && slug.current == $slug && (language == "sv" || !defined(language))' },
        { route: '/amnen/:slug/', filter: '_type == "topic" && slug.current == $slug && (language == "sv" || !defined(language))' },
        { route: '/:slug/', filter: '_type == "page" && slug.current == $slug && (language == "sv" || !defined(language))' },
        { route: '/lattlast/artiklar/:slug/', filter: '_type == "article" && slug.current == $slug && language == "sv-lattlast"' },
        { route: '/en/articles/:slug/', filter: '_type == "article" && slug.current == $slug && language == "en"' },
        { route: '/ar/topics/:slug/', filter: '_type == "topic" && slug.current == $slug && language == "ar"' },
        { route: '/en/:slug/', filter: '_type == "page" && slug.current == $slug && language == "en"' },
      ]),
    );
    expect(mainDocuments).toHaveLength(20);
  });

  it("the crisis plan opens its two pages in its language, and those pages lead back to it before the generic page's pattern can", () => {
    const resolver = locations.safetyPlan as Resolver;
    expect(resolver.resolve({ title: 'Min krisplan', togetherTitle: 'Tillsammans', language: 'sv' })).toEqual({
      locations: [
        { title: 'Min krisplan', href: '/min-krisplan/' },
        { title: 'Tillsammans', href: '/krisplan-tillsammans/' },
      ],
    });
    expect(resolver.resolve({ title: 'خطة الأزمة', language: 'ar' })).toMatchObject({ locations: [{ href: '/ar/my-crisis-plan/' }, { href: '/ar/crisis-plan-together/' }] });
    const routes = mainDocuments.map(({ route }) => route);
    expect(mainDocuments).toContainEqual({ route: '/en/my-crisis-plan/', filter: '_type == "safetyPlan" && language == "en"' });
    expect(routes.indexOf('/min-krisplan/')).toBeLessThan(routes.indexOf('/:slug/'));
    expect(routes.indexOf('/lattlast/krisplan-tillsammans/')).toBeLessThan(routes.indexOf('/lattlast/:slug/'));
  });
});
