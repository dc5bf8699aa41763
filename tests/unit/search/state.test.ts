import { describe, expect, it } from 'vitest';
import { uiFor } from '../../../src/i18n';
import { filtersFor, isEmpty, readState, searchFor, statusMessage } from '../../../src/scripts/search/state';
import sv from '../../../src/i18n/sv.json';

const KNOWN = { topics: new Set(['somn', 'stress']), kinds: new Set(['selfHelp', 'exercise', 'guidance', 'qa']) };

describe('the search address', () => {
  it('reads the query and the known filters', () => {
    expect(readState('?q=%C3%A5ngest&malgrupp=relatives&amne=somn&typ=exercise', KNOWN)).toEqual({ q: 'ångest', audience: 'relatives', topic: 'somn', kind: 'exercise' });
    expect(readState('?q=+s%C3%B6mn+', KNOWN)).toEqual({ q: 'sömn', audience: '', topic: '', kind: '' });
  });

  it('drops filter values it does not know, so a stale link still searches', () => {
    expect(readState('?q=oro&malgrupp=alla&amne=borttaget&typ=podcast', KNOWN)).toEqual({ q: 'oro', audience: '', topic: '', kind: '' });
  });

  it('round-trips through the address, leaving out what is empty', () => {
    const state = { q: 'ta mitt liv', audience: 'self' as const, topic: 'stress', kind: 'guidance' };
    expect(readState(searchFor(state), KNOWN)).toEqual(state);
    expect(searchFor({ q: 'oro', audience: '', topic: '', kind: '' })).toBe('?q=oro');
    expect(searchFor({ q: '', audience: '', topic: '', kind: 'qa' })).toBe('?typ=qa');
    expect(searchFor({ q: '', audience: '', topic: '', kind: '' })).toBe('');
  });

  it('knows an empty search and builds Pagefind filters', () => {
    expect(isEmpty({ q: '', audience: '', topic: '', kind: '' })).toBe(true);
    expect(isEmpty({ q: '', audience: 'self', topic: '', kind: '' })).toBe(false);
    expect(isEmpty({ q: '', audience: '', topic: '', kind: 'exercise' })).toBe(false);
    expect(filtersFor({ q: 'x', audience: 'relatives', topic: '', kind: '' })).toEqual({ audience: 'relatives' });
    expect(filtersFor({ q: 'x', audience: '', topic: 'somn', kind: 'exercise' })).toEqual({ topic: 'somn', kind: 'exercise' });
    expect(filtersFor({ q: 'x', audience: '', topic: '', kind: '' })).toEqual({});
  });
});

describe('the announced status', () => {
  const text = { count: uiFor('sv').pluralForms('search.count'), none: sv['search.countNone'], forQuery: sv['search.forQuery'], crisis: sv['search.crisisStatus'] };
  const swedish = new Intl.PluralRules('sv');

  it('counts in Swedish, with the query', () => {
    expect(statusMessage(text, 0, 'xyz', false, swedish)).toBe('Inga träffar för ”xyz”.');
    expect(statusMessage(text, 1, 'sova', false, swedish)).toBe('1 träff för ”sova”.');
    expect(statusMessage(text, 12, 'oro', false, swedish)).toBe('12 träffar för ”oro”.');
    expect(statusMessage(text, 5, '', false, swedish)).toBe('5 träffar.');
    expect(statusMessage(text, 0, '$& $1', false, swedish)).toBe('Inga träffar för ”$& $1”.');
  });

  it('counts in English and in every Arabic plural form', () => {
    const en = uiFor('en');
    const english = { count: en.pluralForms('search.count'), none: en.t('search.countNone'), forQuery: en.t('search.forQuery'), crisis: en.t('search.crisisStatus') };
    expect(statusMessage(english, 1, 'sleep', false, new Intl.PluralRules('en'))).toBe('1 result for “sleep”.');
    expect(statusMessage(english, 4, 'sleep', false, new Intl.PluralRules('en'))).toBe('4 results for “sleep”.');
    const ar = uiFor('ar');
    const arabic = { count: ar.pluralForms('search.count'), none: ar.t('search.countNone'), forQuery: ar.t('search.forQuery'), crisis: ar.t('search.crisisStatus') };
    const rules = new Intl.PluralRules('ar');
    const forms = [1, 2, 3, 11, 100].map((count) => statusMessage(arabic, count, '', false, rules));
    expect(forms).toEqual([`${ar.t('search.count.one' as never)}.`, `${ar.t('search.count.two' as never)}.`, '3 نتائج.', '11 نتيجة.', '100 نتيجة.']);
    expect(new Set(forms).size).toBe(5);
  });

  it('leads with the way to help when the query signals risk', () => {
    expect(statusMessage(text, 3, 'självmord', true, swedish)).toBe(`${sv['search.crisisStatus']} 3 träffar för ”självmord”.`);
  });
});
