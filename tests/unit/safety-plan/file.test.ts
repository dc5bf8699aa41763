// The crisis plan as the files a visitor keeps: made in the browser and read back by the page. A
// text file and a web page that open anywhere, without this site, and give back what was written.
import { describe, expect, it } from 'vitest';
import { entriesFromText, planAsHtml, planAsText, type SavedPlan } from '../../../src/scripts/safety-plan-file';

const plan: SavedPlan = {
  lang: 'ar',
  dir: 'rtl',
  title: 'خطة الأزمة الخاصة بي',
  steps: [
    { id: 'warningSigns', heading: 'علامات الإنذار لديّ', entries: ['أتوقف عن الرد', 'سطر أول\nسطر ثانٍ\n\nبعد سطر فارغ'] },
    { id: 'copingAlone', heading: 'ما يمكنني فعله بنفسي', entries: [] },
    { id: 'askForHelp', heading: 'أشخاص', entries: ['أمي 070-123 45 67', '<script>alert(1)</script> & "quotes"'] },
  ],
  help: { heading: 'تحدّث مع أحد الآن', lines: ['اتصل بـ Stödlinjen على الرقم 90 390', '- not an entry', 'في حالة الخطر الداهم: اتصل بالرقم 112'] },
};

describe('the crisis plan as a text file', () => {
  it('gives back every entry of every step, lines and empty lines within an entry included', () => {
    expect(entriesFromText(planAsText(plan), 3)).toEqual(plan.steps.map((step) => step.entries));
  });

  it('reads the help contacts after the steps as no entry, even one that looks like one', () => {
    expect(entriesFromText(planAsText(plan), 3)![2]).toEqual(plan.steps[2]!.entries);
  });

  it('is written as the page shows it: the title, numbered steps, "- " entries, then the help contacts', () => {
    expect(planAsText({ ...plan, steps: [plan.steps[0]!] })).toBe(
      [
        'خطة الأزمة الخاصة بي',
        '',
        '1. علامات الإنذار لديّ',
        '- أتوقف عن الرد',
        '- سطر أول',
        '  سطر ثانٍ',
        '  ',
        '  بعد سطر فارغ',
        '',
        'تحدّث مع أحد الآن',
        '* اتصل بـ Stödlinjen على الرقم 90 390',
        '* - not an entry',
        '* في حالة الخطر الداهم: اتصل بالرقم 112',
        '',
      ].join('\n'),
    );
  });

  it('reads a file saved on Windows (CRLF, byte order mark) and refuses text that is no plan', () => {
    expect(entriesFromText(`\uFEFF${planAsText(plan).replace(/\n/g, '\r\n')}`, 3)).toEqual(plan.steps.map((step) => step.entries));
    expect(entriesFromText('Inköpslista\n- mjölk\n- bröd\n', 3)).toBeNull();
    // A step the page does not have (a later number) is not mixed into another.
    expect(entriesFromText('9. Okänt\n- något\n1. Känt\n- rad\n', 2)).toEqual([['rad'], []]);
  });
});

describe('the crisis plan as a web page', () => {
  // The page marks numbers as its components do (tested in the browser journeys); here, a stand-in.
  const entryHtml = (text: string) =>
    text
      .replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
      .replace(/\b(1177|112|90 390)\b/g, '<bdi dir="ltr">$1</bdi>')
      .replace(/\n/g, '<br>');
  const html = planAsHtml(plan, entryHtml);

  it('keeps the page\u2019s language and direction, runs nothing and loads nothing', () => {
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
  });

  it('keeps what the visitor wrote as the entry marks it, and marks each step\u2019s list for reading it back', () => {
    expect(html).toContain('<ul data-step="askForHelp"><li>أمي 070-123 45 67</li><li>&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;</li></ul>');
    expect(html).toContain('<li>سطر أول<br>سطر ثانٍ<br><br>بعد سطر فارغ</li>');
    expect(html).toContain('<h2><bdi dir="ltr">1</bdi>. علامات الإنذار لديّ</h2>');
  });

  it('lists the help contacts after the steps, marked as the entries are', () => {
    expect(html).toContain('<h2>تحدّث مع أحد الآن</h2><ul><li>اتصل بـ Stödlinjen على الرقم <bdi dir="ltr">90 390</bdi></li>');
  });
});
