// Whether a query is a cry for help. The built-in terms (src/lib/crisis-floor.ts) are served as one
// file per language (crisis-files.ts): the page's own language's loads with the search itself, when
// the visitor reaches for it, and the editors' terms for the page's language come in the page.
// Another language's built-in terms are fetched only when a query is written in a script that
// language's terms use (Arabic on the Swedish page, Latin letters on the Arabic one): a term can only
// match words of its own script, so the answer is the same as with every list loaded, and an
// English cry for help on the Swedish page is caught once its list is in.
import { termsMatcher } from '../../lib/crisis';
import { crisisFloorOf, crisisFloorUrl } from './crisis-files';

/** The writing systems a query or a list of terms uses, as far as the crisis check can tell them apart. */
export type Script = 'arabic' | 'latin' | 'other';

/** What the page passes for the check (src/components/search/search-config.ts). */
export type CrisisConfig = {
  /** The page's language: its built-in terms are always checked. */
  language: string;
  /** Where the page language's built-in terms are served, for the page to fetch them beside the search's code. */
  crisisFloorUrl: string;
  /** The editors' crisis terms for the page's language. */
  crisisTerms: string[];
  /** Every other language with built-in terms, and the scripts its terms are written in. */
  crisisScripts: Record<string, Script[]>;
};

/** The scripts of the letters and digits in `text`. */
export function scriptsOf(text: string): Set<Script> {
  const scripts = new Set<Script>();
  for (const [char] of text.matchAll(/[\p{L}\p{N}]/gu)) scripts.add(/\p{Script=Arabic}/u.test(char) ? 'arabic' : /\p{Script=Latin}/u.test(char) ? 'latin' : 'other');
  return scripts;
}

export class CrisisCheck {
  private terms: string[];
  private matches: (query: string) => boolean;
  /** Each language's built-in terms, loading or loaded; a failed load is tried again by the next query that needs it. */
  private readonly lists = new Map<string, Promise<string[]>>();

  /** `pageFloor`: the page language's file, when the page has already started fetching it. */
  constructor(
    private readonly config: CrisisConfig,
    pageFloor?: Promise<Response>,
  ) {
    this.terms = [...config.crisisTerms];
    this.matches = termsMatcher(this.terms);
    this.load(config.language, pageFloor);
  }

  isCrisis(query: string): boolean {
    return this.matches(query);
  }

  /** Every term loaded so far: the editors', the page language's and other languages' loaded for earlier queries. */
  get loadedTerms(): readonly string[] {
    return this.terms;
  }

  /** The languages whose terms `query` may match: the page's, and each other one written in a script the query uses. */
  languagesFor(query: string): string[] {
    const scripts = scriptsOf(query);
    const others = Object.entries(this.config.crisisScripts).filter(([, of]) => of.some((script) => scripts.has(script)));
    return [this.config.language, ...others.map(([language]) => language)];
  }

  /** Loads the terms `query` may match; resolves once the check knows them (or they could not load). */
  async loadFor(query: string): Promise<void> {
    for (const language of this.languagesFor(query)) this.load(language);
    await Promise.allSettled(this.lists.values());
  }

  private load(language: string, started?: Promise<Response>) {
    if (this.lists.has(language)) return;
    const list = crisisFloorOf(started ?? fetch(crisisFloorUrl(language)));
    this.lists.set(language, list);
    list.then(
      (terms) => {
        this.terms = [...this.terms, ...terms];
        this.matches = termsMatcher(this.terms);
      },
      () => this.lists.delete(language),
    );
  }
}
