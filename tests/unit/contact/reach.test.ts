// What built pages say about when the line answers: they are read at any hour, so "dygnet runt"
// and "always" appear only when the schedule never closes.
import { describe, expect, it } from 'vitest';
import { phoneHoursText, reachText } from '../../../src/components/contact/reach';
import sv from '../../../src/i18n/sv.json';
import { uiFor } from '../../../src/i18n';
import { WEEKDAYS } from '../../../src/lib/opening-hours-rules';
import { AROUND_THE_CLOCK, contactSettings } from '../../support/fixtures';

const swedish = uiFor('sv');

const base = contactSettings(AROUND_THE_CLOCK);
const evenings = contactSettings({ openingHours: WEEKDAYS.slice(0, 5).map((day) => ({ day, opens: '18:00', closes: '23:00' })) });
const NOW = new Date('2026-06-01T12:00:00+02:00');

describe('the audience sections’ line about calling or chatting', () => {
  it('says "dygnet runt" for a schedule open around the clock', () => {
    expect(reachText(base, swedish, NOW)).toBe('Du kan alltid ringa eller chatta med oss, dygnet runt.');
  });

  it('never says "dygnet runt" or "alltid" when the schedule closes, and points to the hours and 112', () => {
    const text = reachText(evenings, swedish, NOW);
    expect(text).not.toMatch(/dygnet runt|alltid/i);
    expect(text).toContain('Öppettiderna står på kontaktsidan');
    expect(text).toContain('ring 112');
  });

  it('does not say "dygnet runt" when a coming exception closes a day of an otherwise 24/7 week', () => {
    const christmas = { ...base, openingHoursExceptions: [{ date: '2026-12-24', closed: true, opens: null, closes: null, note: null }] };
    expect(reachText(christmas, swedish, NOW)).not.toMatch(/dygnet runt/);
    expect(reachText(christmas, swedish, new Date('2026-12-25T12:00:00+01:00'))).toMatch(/dygnet runt/);
  });

  it('leaves claims about the line’s hours out of texts a page shows whatever the schedule says', () => {
    for (const key of ['section.self.intro', 'section.relatives.intro', 'contact.intro', 'contact.chatNoScript', 'contact.chatDisabled', 'chat.closed', 'chat.scheduled'] as const) {
      expect(sv[key], key).not.toMatch(/dygnet runt|alltid|öppe[nt] nu/i);
    }
  });
});

describe('the phone’s hours on the start and contact pages', () => {
  it('is "Dygnet runt" only for a schedule that never closes, otherwise the week', () => {
    expect(phoneHoursText(base, swedish, NOW)).toBe('Dygnet runt');
    expect(phoneHoursText(evenings, swedish, NOW)).toBe('Måndag–fredag: 18:00–23:00. Lördag–söndag: stängt');
  });
});
