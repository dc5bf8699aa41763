// The crisis plan's texts in the Studio and the dataset lint: its step on a safer surroundings
// speaks of distance and of asking someone for help, never of means or places (the content guide),
// in every language; the safe-messaging phrasings are checked in every step; one plan per language.
import { describe, expect, it } from 'vitest';
import { findMeans } from '../../../sanity/lib/language';
import { lintDataset, type LintDocument } from '../../../sanity/lib/lint-dataset';
import { checkSaferSurroundings } from '../../../sanity/lib/rules';
import { SAFETY_PLAN_STEPS } from '../../../src/lib/safety-plan';

const today = '2026-12-01';
const plan = (id: string, language: string, over: Partial<LintDocument> = {}): LintDocument => ({
  _id: id,
  _type: 'safetyPlan',
  language,
  title: 'Min krisplan',
  ...Object.fromEntries(SAFETY_PLAN_STEPS.map((step) => [step, { heading: 'Rubrik', explanation: 'Förklaring.', examples: ['Exempel'] }])),
  ...over,
});

describe('the safer-surroundings step', () => {
  it('finds means and places named in Swedish, English and Arabic, in their inflected forms', () => {
    expect(findMeans('Lämna bort tabletterna och kniven, undvik bron.', 'sv')).toEqual(['tabletterna', 'kniven', 'bron']);
    expect(findMeans('Give your pills and knives to a friend.', 'en')).toEqual(['pills', 'knives']);
    expect(findMeans('أعطِ الأدوية والحبل لصديق', 'ar')).toEqual(['الادوية', 'والحبل']);
    expect(findMeans('Ta hjälp av en vän', 'sv-lattlast')).toEqual([]);
  });

  it('leaves distance and asking for help alone, and words that only look alike', () => {
    expect(findMeans('Be någon du litar på om hjälp att skapa avstånd. Broder, ropa, repetera, tåligt.', 'sv')).toEqual([]);
    expect(findMeans('Ask someone you trust to help you create distance. Trainee, gunnery? No: distance.', 'en')).toEqual([]);
    expect(findMeans('اطلب من شخص تثق به أن يساعدك، وابقَ قريبًا من الناس. باسمه.', 'ar')).toEqual([]);
  });

  it('refuses the step with the words it found, in the document\u2019s language', () => {
    expect(checkSaferSurroundings({ heading: 'En tryggare omgivning', explanation: 'Ge bort medicinerna.', examples: ['Göm repet'] }, 'sv')).toBe(
      'Steget om en tryggare omgivning får inte nämna sätt eller platser att skada sig (”medicinerna”, ”repet”). Skriv om att skapa avstånd och om att be någon du litar på om hjälp.',
    );
    expect(checkSaferSurroundings({ heading: 'Making my surroundings safer', explanation: 'Ask someone for help.', examples: [] }, 'en')).toBeUndefined();
  });
});

describe('the dataset lint on crisis plans', () => {
  it('refuses means in the safer-surroundings step as an error, and only there', () => {
    const findings = lintDataset(
      [
        plan('safety-plan', 'sv', {
          saferSurroundings: { heading: 'Tryggare', explanation: 'Lämna tabletterna till någon.' },
          copingAlone: { heading: 'Själv', explanation: 'Ta en tablett mot huvudvärk om du behöver.' },
        }),
      ],
      { today },
    );
    expect(findings).toEqual([{ id: 'safety-plan', field: 'saferSurroundings', level: 'error', message: expect.stringContaining('”tabletterna”') }]);
  });

  it('warns about ruled-out phrasings in any step and the plan\u2019s own texts, by the plan\u2019s language', () => {
    const findings = lintDataset([plan('safety-plan__en', 'en', { intro: 'People who commit suicide…', reasons: { heading: 'Reasons', examples: ['after a failed attempt'] } })], { today });
    expect(findings).toEqual([
      { id: 'safety-plan__en', field: 'intro', level: 'warning', message: expect.stringContaining('”commit suicide”') },
      { id: 'safety-plan__en', field: 'reasons.examples[0]', level: 'warning', message: expect.stringContaining('”failed attempt”') },
    ]);
  });

  it('allows one plan per language, its draft included', () => {
    const findings = lintDataset([plan('safety-plan', 'sv'), plan('drafts.safety-plan', 'sv'), plan('safety-plan__en', 'en'), plan('another-plan', 'sv')], { today });
    expect(findings).toEqual([{ id: 'another-plan', field: 'language', level: 'error', message: 'Det finns redan en krisplan på svenska (safety-plan). Webbplatsen har en krisplan per språk.' }]);
  });

  it('requires a plan to have one of the site\u2019s languages', () => {
    expect(lintDataset([plan('safety-plan', 'fi')], { today })).toContainEqual(expect.objectContaining({ id: 'safety-plan', field: 'language', level: 'error' }));
  });
});
