// The search page as the custom element <search-page>. The page works without this script (it
// lists topics and ways to get help). What loads with the page is only this element, so that the
// search page costs no more than an article. The search itself (search/session.ts: the crisis check
// of the page's language, results as you type, filters, "Menade du …?", addresses that Back,
// reload and sharing restore) loads when the visitor reaches for it: focus on the form, a query,
// or arriving with a search in the address, together with the page language's crisis terms. A
// query's help box never waits for more than those two files, fetched side by side: Pagefind, the
// typo vocabulary and other languages' crisis terms load only when a query needs them, and the
// results wait for them, not the help box.
//
// The session is imported by its address (src/integrations/script-url.ts), which keeps this element
// small enough to be inlined in the page and Vite's preload helper out of every page's scripts.
import type { CrisisConfig } from './search/crisis-check';
import type { Version } from './search/engine';
import type { QueryLanguage, SynonymEntry } from './search/query';
import type { SearchSession } from './search/session';
import type { StatusText } from './search/state';
import sessionUrl from './search/session.ts?script-url';

/** What the page passes in `data-search-config`, built for its locale by src/components/search/search-config.ts. */
export type SearchConfig = CrisisConfig & {
  /** The index and vocabulary to search: the page's `<html lang>`. */
  language: QueryLanguage;
  /** Which Swedish pages: easy-read first, or the standard ones only. */
  version: Version;
  synonyms: SynonymEntry[];
  audiences: Record<string, string>;
  kinds: Record<string, string>;
  topics: Record<string, string>;
  text: StatusText & { searching: string; failed: string };
};

export class SearchPage extends HTMLElement {
  config!: SearchConfig;
  private session: Promise<SearchSession> | undefined;

  find<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  get input() {
    return this.find<HTMLInputElement>('input[name="q"]');
  }

  connectedCallback() {
    if (this.config) return;
    this.config = JSON.parse(this.dataset.searchConfig ?? '{}') as SearchConfig;
    const form = this.find('[data-search-form]');
    // The filters do nothing without this script, so they stay invisible until it runs; invisible
    // rather than hidden, so that showing them does not push the page down as it loads.
    this.find('[data-search-filters]').classList.remove('invisible');
    form.addEventListener('focusin', () => this.start(() => undefined));
    this.input.addEventListener('input', () => this.start((session) => session.typed()));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.start((session) => session.submit(true));
    });
    for (const select of this.querySelectorAll('select')) select.addEventListener('change', () => this.start((session) => session.submit(false)));
    window.addEventListener('popstate', () => this.isConnected && this.start((session) => session.restore()));
    // A deep link or a reload: arriving with a search is the visitor's own search.
    if (location.search) this.start((session) => session.restore());
  }

  /** Loads the search once and hands it what the visitor did; a failed load (offline) is tried again next time. */
  private start(action: (session: SearchSession) => void) {
    if (!this.session) {
      // The page language's crisis terms, side by side with the session's code.
      const floor = fetch(this.config.crisisFloorUrl);
      floor.catch(() => undefined);
      this.session = (import(/* @vite-ignore */ sessionUrl) as Promise<typeof import('./search/session')>).then(({ SearchSession }) => new SearchSession(this, floor));
    }
    this.session.then(action, () => {
      this.session = undefined;
      this.find('[data-search-status]').textContent = this.config.text.failed;
    });
  }

  /** Shows or hides the help box. Under the query field it is on the first screen; someone who scrolled away from it gets it brought into view. */
  help(crisis: boolean) {
    const box = this.find('[data-search-crisis]');
    const appears = crisis && box.hidden;
    box.hidden = !crisis;
    // The page's heading comes along where both fit: scrolled to the very top, it would sit under
    // the quick exit, which stays there.
    if (appears && !onScreen(box)) {
      this.find('h1').scrollIntoView({ block: 'start' });
      if (!onScreen(box)) box.scrollIntoView({ block: 'start' });
    }
  }
}

/** Whether the whole list of ways to get help in `box` is inside the viewport. */
function onScreen(box: HTMLElement): boolean {
  const list = box.querySelector('ul')?.getBoundingClientRect() ?? box.getBoundingClientRect();
  return list.top >= 0 && list.bottom <= window.innerHeight;
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
