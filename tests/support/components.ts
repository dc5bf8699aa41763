// Renders .astro components in a test (files named *.astro.test.ts, see tests/vitest.config.ts) the
// way a page of one language version renders them: `Astro.locals` holds the page's UI texts and
// its contact settings, as src/middleware.ts and src/routing/RouteView.astro set them.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { ContactSettings } from '../../src/data/content';
import { uiFor } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';
import { WEEKDAYS } from '../../src/lib/opening-hours-rules';

type Component = Parameters<AstroContainer['renderToString']>[0];

const week = (opens: string, closes: string) => WEEKDAYS.map((day) => ({ day, opens, closes }));

/** Contact settings as the data layer gives them: the line's number, answering weekdays and weekends 08–22. */
export function contactSettings(overrides: Partial<ContactSettings> = {}): ContactSettings {
  return {
    phoneNumber: '90 390',
    chatEnabled: false,
    chatEmbedUrl: null,
    chatStatusUrl: null,
    timeZone: 'Europe/Stockholm',
    openingHours: week('08:00', '22:00'),
    openingHoursExceptions: [],
    statusOpenText: null,
    statusBusyText: null,
    statusClosedText: null,
    statusUnavailableText: null,
    counsellingLanguages: [],
    counsellingNote: null,
    ...overrides,
  } as ContactSettings;
}

/** A schedule that never closes. */
export const AROUND_THE_CLOCK = { openingHours: week('00:00', '24:00') } satisfies Partial<ContactSettings>;

let container: AstroContainer | undefined;

/** The component's HTML on a page in `locale` whose contact settings are `contact`. */
export async function renderComponent(component: Component, { props = {}, slots, locale = 'sv', contact = contactSettings() }: { props?: Record<string, unknown>; slots?: Record<string, string>; locale?: Locale; contact?: ContactSettings } = {}): Promise<string> {
  container ??= await AstroContainer.create();
  const locals = { ui: uiFor(locale), content: { locale, contact } } as unknown as App.Locals;
  return container.renderToString(component, { props, ...(slots && { slots }), locals });
}
