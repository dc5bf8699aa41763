// Adding a language is an entry in src/i18n/locales.ts, its catalog and content in it: the route
// table, the language switcher and the hreflang alternates take it from there. Here a throwaway
// fifth language (Finnish, under /fi/) is added the way the site's own are defined, and content
// in it is loaded through the real data layer.
import { describe, expect, it, vi } from 'vitest';
import type { SanityDocument } from '../../../src/data/embedded';

vi.mock('../../../src/i18n/locales', async (importOriginal) => {
  const site = await importOriginal<typeof import('../../../src/i18n/locales')>();
  return site.defineLocales({
    ...site.LOCALE_INFO,
    fi: {
      lang: 'fi',
      hreflang: 'fi',
      dir: 'ltr',
      prefix: '/fi',
      name: 'Suomi',
      swedishName: 'finska',
      intl: 'fi-FI',
      ogLocale: 'fi_FI',
      segments: {
        articles: 'artikkelit',
        topics: 'aiheet',
        contact: 'yhteystiedot',
        search: 'haku',
        self: 'minulla-on-paha-olla',
        relatives: 'olen-huolissani',
        safetyPlan: 'kriisisuunnitelmani',
        planTogether: 'kriisisuunnitelma-yhdessa',
      },
    },
  });
});

const { article: articleDoc, contactSettingsDocument, load, ref, topic: topicDoc, translationMetadata } = await import('../../support/fixtures');
const { languageLinks, routeTable } = await import('../../../src/routing/table');
const { LOCALES } = await import('../../../src/i18n/locales');

const FINNISH = 'fi' as (typeof LOCALES)[number];
const article = (id: string, language: string, slug: string, topic: string) => articleDoc(id, { language, slug: { current: slug }, topics: [ref(topic)] });
const topic = (id: string, language: string, slug: string) => topicDoc(id, { language, slug: { current: slug } });

const documents: SanityDocument[] = [
  topic('topic-somn', 'sv', 'somn'),
  topic('topic-somn__fi', 'fi', 'uni'),
  article('article-somn', 'sv', 'somn', 'topic-somn'),
  article('article-somn__fi', 'fi', 'uni', 'topic-somn__fi'),
  article('article-stress__fi', 'fi', 'stressi', 'topic-somn__fi'),
  translationMetadata('tm-somn', 'article', [
    ['sv', 'article-somn'],
    ['fi', 'article-somn__fi'],
  ]),
  translationMetadata('tm-topic-somn', 'topic', [
    ['sv', 'topic-somn'],
    ['fi', 'topic-somn__fi'],
  ]),
  contactSettingsDocument(),
];

async function table() {
  const { content, warnings } = await load(documents, { today: '2026-11-28' });
  return { routes: routeTable(content), warnings };
}

describe('a fifth language', () => {
  it('is one of the site’s languages, its documents kept rather than left out as an unknown language', async () => {
    expect(LOCALES).toContain(FINNISH);
    const { warnings } = await table();
    expect(warnings.filter((warning) => warning.field === 'language')).toEqual([]);
  });

  it('gets its own pages: the fixed ones every language has, its articles, topics and its 404 page, at its own addresses', async () => {
    const { routes } = await table();
    const finnish = routes.filter((route) => route.locale === FINNISH).map((route) => `${route.kind} ${route.path}`);
    expect(finnish).toEqual(
      expect.arrayContaining([
        'home /fi/',
        'contact /fi/yhteystiedot/',
        'search /fi/haku/',
        'section /fi/minulla-on-paha-olla/',
        'section /fi/olen-huolissani/',
        'article /fi/artikkelit/uni/',
        'article /fi/artikkelit/stressi/',
        'topic /fi/aiheet/uni/',
        'notFound /fi/404/',
      ]),
    );
    expect(new Set(routes.map((route) => route.path)).size, 'every address once').toBe(routes.length);
  });

  it('is in every page’s language switcher, named in itself, leading to the translation or to its start page', async () => {
    const { routes } = await table();
    const switcher = (path: string) => languageLinks(routes.find((route) => route.path === path)!).map(({ locale, path: to, info, current }) => ({ locale, to, name: info.name, current }));
    expect(switcher('/artiklar/somn/')).toContainEqual({ locale: FINNISH, to: '/fi/artikkelit/uni/', name: 'Suomi', current: false });
    expect(switcher('/kontakt/')).toContainEqual({ locale: FINNISH, to: '/fi/yhteystiedot/', name: 'Suomi', current: false });
    expect(switcher('/fi/artikkelit/stressi/')).toContainEqual({ locale: 'sv', to: '/', name: 'Svenska', current: false });
    expect(switcher('/fi/artikkelit/stressi/')).toContainEqual({ locale: FINNISH, to: '/fi/artikkelit/stressi/', name: 'Suomi', current: true });
    expect(switcher('/en/')).toHaveLength(5);
  });

  it('is named as an hreflang alternate both ways where a text has a version in it, and on the pages every language has', async () => {
    const { routes } = await table();
    const alternates = (path: string) => routes.find((route) => route.path === path)!.alternates;
    expect(alternates('/artiklar/somn/')).toContainEqual({ locale: FINNISH, path: '/fi/artikkelit/uni/' });
    expect(alternates('/fi/artikkelit/uni/')).toContainEqual({ locale: 'sv', path: '/artiklar/somn/' });
    expect(alternates('/fi/aiheet/uni/')).toContainEqual({ locale: 'sv', path: '/amnen/somn/' });
    expect(alternates('/fi/')).toContainEqual({ locale: 'ar', path: '/ar/' });
    expect(alternates('/ar/contact/')).toContainEqual({ locale: FINNISH, path: '/fi/yhteystiedot/' });
    expect(alternates('/fi/artikkelit/stressi/')).toEqual([]);
  });
});
