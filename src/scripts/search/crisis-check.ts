// Whether a query is a cry for help. The page's own language's terms are in its configuration, so
// the check works from the first keystroke; every other language's built-in terms load with the
// index (an English cry for help on the Swedish page too), and the check is then rebuilt.
import { termsMatcher, termWordMatcher } from '../../lib/crisis';
import { crisisFloor } from './engine';

export class CrisisCheck {
  private terms: string[];
  private matches: (query: string) => boolean;
  // Which words a correction must leave alone: compiled when the first query needs it.
  private wordMatcher: ((word: string) => boolean) | undefined;
  private everyLanguage: Promise<void> | undefined;

  constructor(
    pageLanguageFloor: string[],
    private readonly editorsTerms: string[],
  ) {
    this.terms = [...pageLanguageFloor, ...editorsTerms];
    this.matches = termsMatcher(this.terms);
  }

  isCrisis(query: string): boolean {
    return this.matches(query);
  }

  /** A word of any loaded language's crisis terms, which no correction may replace. */
  isCrisisWord(word: string): boolean {
    this.wordMatcher ??= termWordMatcher(this.terms);
    return this.wordMatcher(word);
  }

  /** Loads every language's built-in terms; a failed load is tried again with the next search. */
  loadEveryLanguage(): Promise<void> {
    this.everyLanguage ??= crisisFloor().then((floor) => {
      this.terms = [...floor, ...this.editorsTerms];
      this.matches = termsMatcher(this.terms);
      this.wordMatcher = undefined;
    });
    this.everyLanguage.catch(() => (this.everyLanguage = undefined));
    return this.everyLanguage;
  }
}
