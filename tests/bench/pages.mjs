// The page types the bench measures in every language version, as built: the start page, the first
// article and topic (in file order), the search page and the contact page. Addresses come from the
// site's own rules (src/lib/routes.ts, loaded through Vite as the build script loads its modules).
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `{ 'sv start': '/', 'en article': '/en/articles/…/', … }` for the site built in `siteDir`. */
export async function pagesOfEveryKind(siteDir) {
  const { runnerImport } = await import('vite');
  const { module: routes } = await runnerImport(join(ROOT, 'src', 'lib', 'routes.ts'), { root: ROOT, configFile: false, logLevel: 'error' });
  const { module: locales } = await runnerImport(join(ROOT, 'src', 'i18n', 'locales.ts'), { root: ROOT, configFile: false, logLevel: 'error' });
  const first = (folder) => {
    const entries = readdirSync(join(siteDir, folder), { withFileTypes: true }).filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name));
    if (!entries.length) throw new Error(`No page under ${folder} in ${siteDir}`);
    return `${folder}${entries.map((entry) => entry.name).sort()[0]}/`;
  };
  const folder = (path) => path.slice(0, -'x/'.length);
  const pages = {};
  for (const locale of locales.LOCALES) {
    pages[`${locale} start`] = routes.homePath(locale);
    pages[`${locale} article`] = first(folder(routes.articlePath('x', locale)));
    pages[`${locale} topic`] = first(folder(routes.topicPath('x', locale)));
    pages[`${locale} search`] = routes.searchPath(locale);
    pages[`${locale} contact`] = routes.contactPath(locale);
  }
  return pages;
}

/** Each language version's search page: `{ sv: '/sok/', … }`. */
export async function searchPagesOf(siteDir) {
  const pages = await pagesOfEveryKind(siteDir);
  return Object.fromEntries(Object.entries(pages).flatMap(([name, path]) => (name.endsWith(' search') ? [[name.slice(0, -' search'.length), path]] : [])));
}
