// A text the site shows, with its numbers marked by the one rule of src/lib/phone.ts
// (PhoneText.astro): phone numbers linked, every number isolated left to right on one line.
import { describe, expect, it } from 'vitest';
import PhoneText from '../../../src/components/content/PhoneText.astro';
import { renderComponent } from '../../support/components';
import { contactSettings } from '../../support/fixtures';

const N = 'dir="ltr" class="whitespace-nowrap"';
const show = (text: string, props: Record<string, unknown> = {}) => renderComponent(PhoneText, { props: { text, ...props } });

describe('numbers in a text the site shows', () => {
  it('links phone numbers, isolated left to right and on one line', async () => {
    expect(await show('Ring 90 390 eller 112.')).toBe(`Ring <a href="tel:90390" ${N}>90 390</a> eller <a href="tel:112" ${N}>112</a>.`);
  });

  it('dials the line’s own number as the page language’s contact settings give it', async () => {
    expect(await renderComponent(PhoneText, { props: { text: 'Ring 113 13' }, contact: contactSettings({ phoneNumber: '113 13' }) })).toBe(`Ring <a href="tel:11313" ${N}>113 13</a>`);
    expect(await show('Ring 113 13')).toBe(`Ring <bdi ${N}>113 13</bdi>`);
    // Or the numbers the caller names instead (a help contact's own).
    expect(await show('Ring 113 13', { known: ['113 13'] })).toBe(`Ring <a href="tel:11313" ${N}>113 13</a>`);
  });

  it('only isolates where the text cannot hold a link (inside a link, a heading or a button)', async () => {
    expect(await show('Vad händer när du ringer 112?', { link: false })).toBe(`Vad händer när du ringer <bdi ${N}>112</bdi>?`);
  });

  it('does not link a number a link beside the text already dials', async () => {
    expect(await show('1177 Vårdguiden, eller 112', { linked: ['1177'] })).toBe(`<bdi ${N}>1177</bdi> Vårdguiden, eller <a href="tel:112" ${N}>112</a>`);
  });

  it('isolates grouped numbers without linking them', async () => {
    expect(await show('Postnummer 112 51')).toBe(`Postnummer <bdi ${N}>112 51</bdi>`);
  });

  it('escapes the text around the numbers', async () => {
    expect(await show('<b>"112"</b> & mer')).toBe(`&lt;b&gt;&quot;<a href="tel:112" ${N}>112</a>&quot;&lt;/b&gt; &amp; mer`);
  });
});
