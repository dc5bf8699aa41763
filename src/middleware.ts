// What every render knows before a component runs: the page's language version and its UI texts
// (from the address), and whether it is a draft preview. The route and its content are added by
// the route itself (src/routing/RouteView.astro).
import { defineMiddleware } from 'astro:middleware';
import { uiFor } from './i18n';
import { localeFromPath } from './i18n/locales';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.ui = uiFor(localeFromPath(context.url.pathname));
  context.locals.preview ??= false;
  return next();
});
