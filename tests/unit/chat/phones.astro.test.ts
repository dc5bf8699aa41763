// The chat panel's texts mark their numbers as the server-rendered pages do (src/lib/phone.ts):
// isolated left to right on one line, phone numbers dialled unless the text cannot hold a link.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Phones } from '../../../src/components/chat/Phones';
import PhoneText from '../../../src/components/content/PhoneText.astro';
import { renderComponent } from '../../support/components';

const render = (text: string, link?: boolean) => renderToStaticMarkup(createElement(Phones, { text, known: ['90 390', undefined], link }));

describe('numbers in the chat panel', () => {
  it('links the phone numbers of its own texts, isolated left to right on one line', () => {
    expect(render('Vi kan inte visa chatten just nu. Ring oss på 90 390, eller 112 vid akut fara.')).toBe(
      'Vi kan inte visa chatten just nu. Ring oss på <a href="tel:90390" dir="ltr" class="whitespace-nowrap">90 390</a>, eller <a href="tel:112" dir="ltr" class="whitespace-nowrap">112</a> vid akut fara.',
    );
  });

  it('in Arabic too, where "90 390" would otherwise read "390 90"', () => {
    expect(render('اتصل بنا على الرقم 90 390، أو بالرقم 112 في حالات الطوارئ.')).toContain('الرقم <a href="tel:90390" dir="ltr" class="whitespace-nowrap">90 390</a>،');
  });

  it('only isolates where the text cannot hold a link', () => {
    expect(render('Ring Stödlinjen på 90 390', false)).toBe('Ring Stödlinjen på <bdi dir="ltr" class="whitespace-nowrap">90 390</bdi>');
  });

  it('marks numbers exactly as the pages do', async () => {
    for (const text of ['Ring 90 390 eller 112.', 'Postnummer 112 51, år 2026, kl. 09:00', 'inga siffror']) {
      expect(render(text)).toBe(await renderComponent(PhoneText, { props: { text } }));
      expect(render(text, false)).toBe(await renderComponent(PhoneText, { props: { text, link: false } }));
    }
  });
});
