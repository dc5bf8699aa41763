// Texts of the open panel with their values kept apart (queue place, minutes, counts), so the
// panel can isolate them for right-to-left pages, and plural messages chosen by the language's
// rules. Only the island uses these; the loader every page runs stays without them.
import type { PluralForms } from '../../i18n';
import type { ChatConfig } from './config';
import { PLACEHOLDER } from '../../i18n/fill';

/** A text with its filled-in values kept apart, so the panel can isolate them (`<bdi>`) in right-to-left text. */
export type Part = string | { value: string };

export function fillParts(text: string, values: Record<string, string | Part[]>): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const value = values[match[1]!];
    if (value === undefined) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ value: typeof value === 'string' ? value : plain(value) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The parts as one string, for places that take text only (aria, tests). */
export const plain = (parts: readonly Part[]): string => parts.map((part) => (typeof part === 'string' ? part : part.value)).join('');

/** A number in the page's locale (Arabic pages write Latin digits, like the phone numbers they show). */
export const formatNumber = (config: Pick<ChatConfig, 'intl'>, n: number): string => new Intl.NumberFormat(config.intl).format(n);

/** The plural message for `count`, its form chosen by the language's plural rules, `{count}` kept apart. */
export function pluralParts(config: Pick<ChatConfig, 'lang' | 'intl'>, forms: PluralForms, count: number): Part[] {
  const text = forms[new Intl.PluralRules(config.lang).select(count)] ?? forms.other;
  return fillParts(text, { count: formatNumber(config, count) });
}
