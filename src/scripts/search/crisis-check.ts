// Whether a query is a cry for help. The page's own language's terms come with the page, so the
// check works from the first keystroke without waiting on the network. Another language's built-in
// terms are fetched only when a query is written in a script that language's terms use (Arabic on
// the Swedish page, Latin letters on the Arabic one): a term can only match words of its own
// script, so the answer is the same as with every list loaded, and an English cry for help on the
// Swedish page is caught once its list is in.
import { termsMatcher } from '../../lib/crisis';

/** The writing systems a query or a list of terms uses, as far as the crisis check can tell them apart. */
export type Script = 'arabic' | 'latin' | 'other';

/** What the page passes for the check (src/components/search/search-config.ts). */
export type CrisisConfig = {
  /** The built-in terms of the page's language (src/lib/crisis-floor.ts). */
  crisisFloor: string[];
  /** The editors' crisis terms for the page's language. */
  crisisTerms: string[];
  /** Every other language with built-in terms, and the scripts its terms are written in. */
  crisisScripts: Record<string, Script[]>;
};

/** The file of one language's built-in terms, next to the search vocabulary (src/integrations/search-vocabulary.ts). */
export const crisisFloorFile = (language: string) => `crisis-floor-${language}.json`;

/** The scripts of the letters and digits in `text`. */
export function scriptsOf(text: string): Set<Script> {
  const scripts = new Set<Script>();
  for (const [char] of text.matchAll(/[\p{L}\p{N}]/gu)) scripts.add(/\p{Script=Arabic}/u.test(char) ? 'arabic' : /\p{Script=Latin}/u.test(char) ? 'latin' : 'other');
  return scripts;
}

export class CrisisCheck {
  private terms: string[];
  private matches: (query: string) => boolean;
  /** Each other language's terms, loading or loaded; a failed load is tried again by the next query that needs it. */
  private readonly lists = new Map<string, Promise<string[]>>();

  constructor(private readonly config: CrisisConfig) {
    this.terms = [...config.crisisFloor, ...config.crisisTerms];
    this.matches = termsMatcher(this.terms);
  }

  isCrisis(query: string): boolean {
    return this.matches(query);
  }

  /** Every term loaded so far: the page's, the editors' and other languages' loaded for earlier queries. */
  get loadedTerms(): readonly string[] {
    return this.terms;
  }

  /** The other languages whose terms `query` may match: those written in a script the query uses. */
  languagesFor(query: string): string[] {
    const scripts = scriptsOf(query);
    return Object.entries(this.config.crisisScripts)
      .filter(([, of]) => of.some((script) => scripts.has(script)))
      .map(([language]) => language);
  }

  /** Loads the other languages' terms `query` may match; resolves once the check knows them (or they could not load). */
  async loadFor(query: string): Promise<void> {
    for (const language of this.languagesFor(query).filter((language) => !this.lists.has(language))) {
      const list = fetch(`${import.meta.env.BASE_URL}pagefind/vocabulary/${crisisFloorFile(language)}`).then((response) => {
        if (!response.ok) throw new Error(`The crisis terms could not be read (${response.status})`);
        return response.json() as Promise<string[]>;
      });
      this.lists.set(language, list);
      list.then(
        (terms) => {
          this.terms = [...this.terms, ...terms];
          this.matches = termsMatcher(this.terms);
        },
        () => this.lists.delete(language),
      );
    }
    await Promise.allSettled(this.lists.values());
  }
}
