// The link to the crisis plan ("Min krisplan") in the places that offer help: the search page's
// crisis box, the contact page, the section for the visitor, and sensitive articles' help boxes
// (the Portable Text renderer builds HTML, so the link is HTML here, for it and the components).
// A language version without a plan page gets no link.
import type { Ui } from '../../i18n';

const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A paragraph with the link to the plan page at `path`; '' where the language version has none. */
export function safetyPlanLinkHtml(ui: Pick<Ui, 't'>, path: string | null | undefined): string {
  return path ? `<p class="mt-2 font-semibold"><a href="${escape(path)}">${escape(ui.t('safetyPlan.link'))}</a></p>` : '';
}
