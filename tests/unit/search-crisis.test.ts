import { describe, expect, it } from 'vitest';
import { crisisMatcher, crisisWords } from '../../src/lib/crisis';

// The editors' list as bundled in the embedded dataset's siteSettings.
const TERMS = ['självmord', 'självmordstankar', 'ta mitt liv', 'ta livet av mig', 'vill dö', 'vill inte leva', 'orkar inte leva', 'suicid', 'skada mig själv', 'skära mig', 'döda mig själv', 'inte vilja leva', 'självskada', 'orkar inte mer'];
const isCrisis = crisisMatcher(TERMS);

describe('crisisWords', () => {
  it('lower-cases, drops diacritics and splits on punctuation', () => {
    expect(crisisWords('  Självmord?! Ta-mitt LIV ')).toEqual(['sjalvmord', 'ta', 'mitt', 'liv']);
  });
});

describe('crisisMatcher', () => {
  it.each([
    'självmord',
    'Självmord',
    'SJÄLVMORD',
    'sjalvmord',
    'självmordet',
    'självmordstankar',
    'tankar på självmord',
    'ungdomssjälvmord',
    'ta mitt liv',
    'jag vill ta mitt liv',
    'tar mitt eget liv',
    'jag vill ta livet av mig',
    'vill dö',
    'jag vill bara dö',
    'vill do',
    'jag vill inte leva längre',
    'suicidförsök',
    'suicidala tankar',
    'självskadebeteende',
    'självskador',
    'skär mig',
    'jag orkar inte mer',
  ])('signals risk: %s', (query) => {
    expect(isCrisis(query)).toBe(true);
  });

  it.each(['ångest', 'sova', 'panikattack', 'orkar inte', 'vill dock veta mer om sömn', 'ta hand om dig själv', 'livet som anhörig', 'mitt liv är stressigt', ''])(
    'does not signal risk: %s',
    (query) => {
      expect(isCrisis(query)).toBe(false);
    },
  );

  it('follows the editors’ list, not a built-in one', () => {
    expect(crisisMatcher([])('självmord')).toBe(false);
    expect(crisisMatcher(['  ', 'hopplös'])('helt hopplöst')).toBe(true);
  });
});
