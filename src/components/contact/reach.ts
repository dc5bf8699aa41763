// Build time: what a page may say about when the line answers. A built page is read at any hour,
// so "dygnet runt" appears only when the schedule (with its coming exceptions) never closes.
import type { ContactSettings } from '../../data/content';
import type { Ui } from '../../i18n';
import { describeWeek, isOpenAroundTheClock } from '../../lib/opening-hours';
import { schedule } from '../chat/server-config';

export function isAroundTheClock(contact: ContactSettings, now = new Date()): boolean {
  const { hours, exceptions } = schedule(contact, now);
  return isOpenAroundTheClock(hours, exceptions);
}

/** The phone's hours: "Dygnet runt", or the week line by line. */
export function phoneHoursText(contact: ContactSettings, ui: Ui, now = new Date()): string {
  return isAroundTheClock(contact, now) ? ui.t('help.alwaysOpen') : describeWeek(schedule(contact, now).hours, ui).join('. ');
}

/** The sentence in the audience sections about calling or chatting with the line. */
export function reachText(contact: ContactSettings, ui: Ui, now = new Date()): string {
  return isAroundTheClock(contact, now) ? ui.t('section.reachAlwaysOpen') : ui.t('section.reachScheduled');
}
