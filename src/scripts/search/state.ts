// The search page's state as it lives in the address: /sok/?q=ångest&malgrupp=relatives&amne=stress&typ=exercise.
// Pure functions, so deep links, Back and reload all go through the same tested code.

import { fill } from '../../i18n/fill';
import { SECTIONS, type Section } from '../../lib/article-kinds';

// The audience filter offers the sections; an article for both is found under each.
const AUDIENCE_FILTERS = SECTIONS;
export type AudienceFilter = Section;

export type SearchState = { q: string; audience: AudienceFilter | ''; topic: string; kind: string };

export const PARAMS = { q: 'q', audience: 'malgrupp', topic: 'amne', kind: 'typ' } as const;

/** Reads the state from a query string; unknown filter values (topic and kind slugs not in `known`) are dropped. */
export function readState(search: string, known: { topics: ReadonlySet<string>; kinds: ReadonlySet<string> }): SearchState {
  const params = new URLSearchParams(search);
  const audience = params.get(PARAMS.audience) ?? '';
  const topic = params.get(PARAMS.topic) ?? '';
  const kind = params.get(PARAMS.kind) ?? '';
  return {
    q: (params.get(PARAMS.q) ?? '').trim(),
    audience: (AUDIENCE_FILTERS as readonly string[]).includes(audience) ? (audience as AudienceFilter) : '',
    topic: known.topics.has(topic) ? topic : '',
    kind: known.kinds.has(kind) ? kind : '',
  };
}

/** "?q=…&malgrupp=…" with empty parts left out; "" when there is nothing to search. */
export function searchFor(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set(PARAMS.q, state.q);
  if (state.audience) params.set(PARAMS.audience, state.audience);
  if (state.topic) params.set(PARAMS.topic, state.topic);
  if (state.kind) params.set(PARAMS.kind, state.kind);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isEmpty(state: SearchState): boolean {
  return !state.q && !state.audience && !state.topic && !state.kind;
}

/** Pagefind's filter object for the state. */
export function filtersFor(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.audience) filters.audience = state.audience;
  if (state.topic) filters.topic = state.topic;
  if (state.kind) filters.kind = state.kind;
  return filters;
}

/** Every form of a plural message, by `Intl.PluralRules` category, as the build passes them (`ui.pluralForms`). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type StatusText = {
  count: PluralForms;
  none: string;
  forQuery: string;
  crisis: string;
};

/**
 * The sentence the polite live region announces after a search: "3 träffar för ”ångest”.", "3 نتائج
 * عن «قلق»." The count's form is chosen by `plural` (the page language's `Intl.PluralRules`).
 */
export function statusMessage(text: StatusText, count: number, query: string, crisis: boolean, plural: Pick<Intl.PluralRules, 'select'>): string {
  const values = { count, query };
  const counted = fill(count === 0 ? text.none : (text.count[plural.select(count)] ?? text.count.other), values);
  const sentence = `${counted}${query ? fill(text.forQuery, values) : ''}.`;
  return crisis ? `${text.crisis} ${sentence}` : sentence;
}
