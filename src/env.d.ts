// What `Astro.locals` holds for every page (src/middleware.ts, src/routing/RouteView.astro, and in
// the draft preview src/preview/middleware.ts).
declare namespace App {
  interface Locals {
    /** The page's UI texts, dates and plurals, in its language version. */
    ui: import('./i18n').Ui;
    /** True in the draft preview: the page shows the preview banner and is never indexed. */
    preview: boolean;
    /** The content for this request (the drafts, in the preview); the public build loads it once. */
    siteContent?: Promise<import('./data/content').SiteContent>;
    /** The route being rendered, from the route table. */
    route: import('./routing/table').Route;
    /** The content of the route's language version: settings, contact settings, documents. */
    content: import('./data/content').LocaleContent;
  }
}
