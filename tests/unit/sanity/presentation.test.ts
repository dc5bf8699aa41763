// The Studio's Presentation tool finds each document's page with the site's own routes.
import { describe, expect, it } from 'vitest';
import { locations, mainDocuments, routedLocation } from '../../../sanity/presentation';
import { articlePath, pagePath, topicPath } from '../../../src/lib/routes';

type Resolver = { select: Record<string, string>; resolve: (doc: Record<string, unknown> | null) => unknown };

describe('where an editor sees a document', () => {
  it('articles, topics and pages open their own page, at the address the site gives them', () => {
    for (const [type, path] of [['article', articlePath], ['topic', topicPath], ['page', pagePath]] as const) {
      const resolver = locations[type] as Resolver;
      expect(resolver.select).toEqual({ title: 'title', slug: 'slug.current' });
      expect(resolver.resolve({ title: 'Sömn', slug: 'somn' })).toEqual({ locations: [{ title: 'Sömn', href: path('somn') }] });
    }
  });

  it('a document without a slug says it has no address yet instead of opening a wrong page', () => {
    expect(routedLocation('article', { title: 'Utkast', slug: null })).toEqual({ message: expect.stringContaining('slug'), tone: 'caution' });
    expect(routedLocation('page', null)).toMatchObject({ tone: 'caution' });
  });

  it('the settings, shown on every page, open the start and contact pages', () => {
    expect(locations.siteSettings).toMatchObject({ locations: [{ href: '/' }, { href: '/jag-mar-daligt/' }] });
    expect(locations.contactSettings).toMatchObject({ locations: [{ href: '/kontakt/' }, { href: '/' }] });
  });

  it('a page in the preview leads back to its document, by the same route patterns', () => {
    expect(mainDocuments).toEqual([
      { route: '/artiklar/:slug/', filter: '_type == "article" && slug.current == $slug' },
      { route: '/amnen/:slug/', filter: '_type == "topic" && slug.current == $slug' },
      { route: '/:slug/', filter: '_type == "page" && slug.current == $slug' },
    ]);
  });
});
