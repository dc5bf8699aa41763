import { describe, expect, it } from 'vitest';
import { collectText, findForbiddenPhrasings, findPhrasingsInBody, phrasingMessage } from '../../../sanity/lib/language';
import { paragraph } from '../../support/fixtures';

const phrases = (text: string) => findForbiddenPhrasings(text).map((p) => p.phrase);

describe('language rules an editor is warned about', () => {
  it('names every form of "begå självmord" and suggests "ta sitt liv"', () => {
    expect(phrases('Han begick självmord. Att begå självmord. Hon har begått självmord. Den som begår självmord.')).toEqual([
      'begick självmord',
      'begå självmord',
      'begått självmord',
      'begår självmord',
    ]);
    const [found] = findForbiddenPhrasings('begick självmord');
    expect(phrasingMessage(found!)).toBe('Undvik formuleringen ”begick självmord”. Skriv hellre ”ta sitt liv” (till exempel ”tog sitt liv”), enligt riktlinjerna för att skriva om suicid.');
  });

  it('names "lyckat/misslyckat självmordsförsök" in all forms and suggests "suicidförsök"', () => {
    expect(phrases('ett lyckat självmordsförsök, lyckade självmordsförsök, ett misslyckat självmordsförsök, misslyckade självmordsförsöken')).toEqual([
      'lyckat självmordsförsök',
      'lyckade självmordsförsök',
      'misslyckat självmordsförsök',
      'misslyckade självmordsförsöken',
    ]);
    expect(phrasingMessage(findForbiddenPhrasings('Misslyckat självmordsförsök')[0]!)).toContain('”suicidförsök”');
  });

  it('catches capitals and line breaks the way an editor might type them', () => {
    expect(phrases('BEGICK\nSJÄLVMORD')).toEqual(['begick självmord']);
  });

  it('leaves the recommended wording and unrelated text alone', () => {
    expect(phrases('Många som har tankar på att ta sitt liv får hjälp. Efter ett suicidförsök behöver man stöd.')).toEqual([]);
    expect(phrases('Självmordstankar är vanliga. Hon lyckades till slut sova. Ett försök att prata.')).toEqual([]);
    expect(findForbiddenPhrasings(undefined)).toEqual([]);
  });

  it('in English, names "commit suicide" and success or failure framing, and suggests the neutral words', () => {
    const english = (text: string) => findForbiddenPhrasings(text, 'en').map((p) => p.phrase);
    expect(english('He committed suicide. People who commit suicide. Committing suicide is not a crime.')).toEqual(['committed suicide', 'commit suicide', 'committing suicide']);
    expect(english('a successful suicide, a completed suicide, an unsuccessful suicide attempt, two failed attempts, a failed suicide attempt')).toEqual([
      'successful suicide',
      'completed suicide',
      'unsuccessful suicide attempt',
      'failed attempts',
      'failed suicide attempt',
    ]);
    expect(phrasingMessage(findForbiddenPhrasings('committed suicide', 'en')[0]!)).toContain('”died by suicide”');
    expect(phrasingMessage(findForbiddenPhrasings('a failed attempt', 'en')[0]!)).toContain('”suicide attempt”');
    expect(english('She died by suicide. After a suicide attempt, support helps. Suicidal thoughts are common.')).toEqual([]);
  });

  it('in Arabic, names "ارتكب الانتحار" in its forms, with or without vowel marks and hamza', () => {
    const arabic = (text: string) => findForbiddenPhrasings(text, 'ar').map((p) => p.phrase);
    expect(arabic('ارتكب الانتحار')).toEqual(['ارتكب الانتحار']);
    expect(arabic('إن ارتكاب الانتحار ليس جريمة، ولا لارتكاب الانتحار')).toEqual(['ارتكاب الانتحار', 'لارتكاب الانتحار']);
    expect(arabic('وارتكبت الانتحار. يرتكبون الانتحار.')).toEqual(['وارتكبت الانتحار', 'يرتكبون الانتحار']);
    expect(arabic('اِرْتَكَبَ الاِنْتِحَارَ')).toEqual(['ارتكب الانتحار']);
    expect(arabic('محاولة انتحار فاشلة، ومحاولة الانتحار الناجحة')).toEqual(['محاولة انتحار فاشلة', 'ومحاولة الانتحار الناجحة']);
    expect(phrasingMessage(findForbiddenPhrasings('ارتكب الانتحار', 'ar')[0]!)).toContain('أنهى حياته');
    expect(arabic('أنهى حياته. بعد محاولة انتحار يحتاج المرء إلى الدعم. انتحر.')).toEqual([]);
  });

  it("applies the rules of the text's language: Swedish for Swedish and Lättläst, and Swedish when none is given", () => {
    expect(findForbiddenPhrasings('begick självmord', 'sv-lattlast').map((p) => p.phrase)).toEqual(['begick självmord']);
    expect(findForbiddenPhrasings('committed suicide', 'sv')).toEqual([]);
    expect(findForbiddenPhrasings('begick självmord', 'en')).toEqual([]);
    expect(findForbiddenPhrasings('committed suicide').map((p) => p.phrase)).toEqual([]);
    expect(findForbiddenPhrasings('committed suicide, begick självmord', 'xx').map((p) => p.phrase)).toEqual(['committed suicide', 'begick självmord']);
  });

  it('finds phrasings anywhere in a body and points at the text they sit in', () => {
    const body = [
      paragraph('Hon begick självmord.', { _key: 'b1' }),
      { _key: 'c1', _type: 'callout', tone: 'info', text: 'Ett misslyckat självmordsförsök.' },
      { _key: 'q1', _type: 'faqItem', question: 'Vad händer?', answer: 'Ingen har begått självmord här.' },
      { _key: 'e1', _type: 'exerciseSteps', steps: [{ _key: 'st1', _type: 'exerciseStep', text: 'Andas lugnt.' }] },
    ];
    expect(findPhrasingsInBody(body).map(({ path, phrase }) => ({ path, phrase }))).toEqual([
      { path: [{ _key: 'b1' }, 'children', { _key: 'b1s' }, 'text'], phrase: 'begick självmord' },
      { path: [{ _key: 'c1' }, 'text'], phrase: 'misslyckat självmordsförsök' },
      { path: [{ _key: 'q1' }, 'answer'], phrase: 'begått självmord' },
    ]);
  });

  it('reads only reader-facing text, not keys, styles or link addresses', () => {
    const texts = collectText([
      paragraph('', { _key: 'b1', markDefs: [{ _key: 'l1', _type: 'link', href: 'https://example.se/begick-sjalvmord' }], children: [] }),
      { _key: 'f1', _type: 'figure', alt: 'Ett hav', caption: 'Lugnt vatten' },
    ]).map((t) => t.text);
    expect(texts).toEqual(['Ett hav', 'Lugnt vatten']);
  });
});
