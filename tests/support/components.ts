// Renders .astro components in a test (files named *.astro.test.ts) the way a page of one language
// version renders them: `Astro.locals` holds the page's UI texts and its contact settings, as
// src/middleware.ts and src/routing/RouteView.astro set them.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { ContactSettings, LocaleContent } from '../../src/data/content';
import { uiFor } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';
import { contactSettings } from './fixtures';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

/** The component's HTML on a page in `locale` whose contact settings are `contact`. */
export async function renderComponent(
  component: Component,
  {
    props = {},
    slots,
    locale = 'sv',
    contact = contactSettings(),
    content = {},
  }: { props?: Record<string, unknown>; slots?: Record<string, string>; locale?: Locale; contact?: ContactSettings; content?: Partial<LocaleContent> } = {},
): Promise<string> {
  container ??= await AstroContainer.create();
  const locals = { ui: uiFor(locale), content: { locale, contact, ...content } } as unknown as App.Locals;
  return container.renderToString(component, { props, ...(slots && { slots }), locals });
}
