// The search page over Pagefind's JS API, as the custom element <search-page>. The page works
// without this script (it lists topics and ways to get help); this adds results as you type,
// filters, the crisis help box and addresses that Back, reload and sharing restore. Pagefind itself
// (script, WebAssembly, index) loads only when the visitor focuses or uses the search, or arrives
// with ?q= in the address; the vocabulary for typo tolerance loads shard by shard when a query's
// words need it. The crisis check works from the first keystroke (search/crisis-check.ts), and
// results are shown only once every language's terms are in, so a crisis query in any language
// gets the help box and leads with the crisis articles. search/engine.ts decides what the index is
// asked. (It is bundled with this script, not loaded on demand: a dynamic import would add Vite's
// preload helper as a shared chunk to every page.)
import { SearchAddress } from './search/address';
import { CrisisCheck } from './search/crisis-check';
import { emptyEngine, hasIndexFor, searchEngine, type Pagefind, type PagefindResult, type SearchEngine, type Version } from './search/engine';
import type { QueryLanguage, SynonymEntry } from './search/query';
import { resultItem } from './search/result-item';
import { filtersFor, isEmpty, PARAMS, readState, statusMessage, searchFor, type SearchState, type StatusText } from './search/state';

/** What the page passes in `data-search-config`, built for its locale by src/components/search/search-config.ts. */
export type SearchConfig = {
  /** The index and vocabulary to search: the page's `<html lang>`. */
  language: QueryLanguage;
  /** Which Swedish pages: easy-read first, or the standard ones only. */
  version: Version;
  /** The built-in crisis terms of the page's language (src/lib/crisis-floor.ts); the other languages' are fetched. */
  crisisFloor: string[];
  /** The editors' crisis terms for the page's language. */
  crisisTerms: string[];
  synonyms: SynonymEntry[];
  audiences: Record<string, string>;
  kinds: Record<string, string>;
  topics: Record<string, string>;
  text: StatusText & { searching: string; failed: string };
};

const PAGE_SIZE = 10;
// Short enough that results appear well within 300 ms of the last keystroke on a warm index.
const TYPING_DEBOUNCE_MS = 120;
const SLOW_NOTICE_MS = 600;
// While someone types, the count is announced once they pause, not after every keystroke.
const TYPING_STATUS_MS = 900;
const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

class SearchPage extends HTMLElement {
  private config!: SearchConfig;
  private crisis!: CrisisCheck;
  private readonly address = new SearchAddress();
  private known!: { topics: Set<string>; kinds: Set<string> };
  private plural!: Intl.PluralRules;
  private pagefind: Promise<SearchEngine> | undefined;
  /** Each search's number: an answer that arrives after a newer search began is dropped. */
  private generation = 0;
  private results: PagefindResult[] = [];
  private shown = 0;
  private statusTimer = 0;

  private find<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private get input() {
    return this.find<HTMLInputElement>('input[name="q"]');
  }

  private get selects() {
    return [PARAMS.audience, PARAMS.topic, PARAMS.kind].map((name) => this.find<HTMLSelectElement>(`select[name="${name}"]`));
  }

  connectedCallback() {
    if (this.config) return;
    this.config = JSON.parse(this.dataset.searchConfig ?? '{}') as SearchConfig;
    this.crisis = new CrisisCheck(this.config.crisisFloor, this.config.crisisTerms);
    this.known = { topics: new Set(Object.keys(this.config.topics)), kinds: new Set(Object.keys(this.config.kinds)) };
    this.plural = new Intl.PluralRules(document.documentElement.lang);
    // The filters do nothing without this script, so they stay invisible until it runs; invisible
    // rather than hidden, so that showing them does not push the page down as it loads.
    this.find('[data-search-filters]').classList.remove('invisible');
    this.listen();
    // A deep link or a reload: arriving with a query is the visitor's own search.
    this.restore();
  }

  private listen() {
    for (const control of [this.input, ...this.selects]) {
      control.addEventListener('focus', () => this.warmUp());
      control.addEventListener('blur', () => this.address.commit());
    }
    this.input.addEventListener('input', () => void this.run(this.stateFromForm(), true));
    for (const select of this.selects) select.addEventListener('change', () => this.submit(false));
    this.find('[data-search-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit(true);
    });
    const suggestion = this.find<HTMLAnchorElement>('[data-search-suggestion-link]');
    suggestion.addEventListener('click', (event) => {
      event.preventDefault();
      this.input.value = suggestion.textContent ?? '';
      this.input.focus();
      this.submit(true);
    });
    this.find('[data-search-more]').addEventListener('click', async () => (await this.showMore(this.generation))?.focus());
    window.addEventListener('popstate', () => this.isConnected && this.restore());
  }

  /** The form's state into the address (a new history entry when `commit`), then searched. */
  private submit(commit: boolean) {
    const state = this.stateFromForm();
    this.address.refine(state);
    if (commit) this.address.commit();
    void this.run(state, false);
  }

  /** The search the address holds, into the form and run. */
  private restore() {
    const state = readState(location.search, this.known);
    this.address.commit();
    this.input.value = state.q;
    const [audience, topic, kind] = this.selects;
    audience!.value = state.audience;
    topic!.value = state.topic;
    kind!.value = state.kind;
    if (!isEmpty(state) || this.generation > 0) void this.run(state, false);
  }

  private stateFromForm(): SearchState {
    const [audience, topic, kind] = this.selects;
    const params = { [PARAMS.q]: this.input.value, [PARAMS.audience]: audience!.value, [PARAMS.topic]: topic!.value, [PARAMS.kind]: kind!.value };
    return readState(new URLSearchParams(params).toString(), this.known);
  }

  /** Starts loading the index and every language's crisis terms as soon as the visitor reaches for search. */
  private warmUp() {
    void this.loadPagefind().catch(() => undefined);
    void this.crisis.loadEveryLanguage().catch(() => undefined);
  }

  private loadPagefind(): Promise<SearchEngine> {
    const { language, synonyms, version } = this.config;
    this.pagefind ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, hasIndexFor(language)]).then(async ([api, indexed]) => {
      // No pages in this language yet: nothing to find, and never another language's pages instead.
      if (!indexed) return emptyEngine;
      await api.options({ excerptLength: 24, ranking: { metaWeights: { title: 5, keywords: 4, summary: 2, audience: 0, kind: 0 } } });
      // Pagefind loads the index of the page's <html lang>; config.language is that same language.
      await api.init();
      return searchEngine(api, { synonyms, language, version, isCrisisWord: (word) => this.crisis.isCrisisWord(word) });
    });
    // A failed load (offline, say) may succeed on the next try.
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  private async run(state: SearchState, typing: boolean) {
    const current = ++this.generation;
    const stale = () => current !== this.generation;
    let crisis = this.crisis.isCrisis(state.q);
    this.help(crisis);
    if (isEmpty(state)) {
      this.announce('');
      this.showOnly(null);
      if (typing) this.address.refine(state);
      return;
    }
    const slow = window.setTimeout(() => !stale() && this.announce(this.config.text.searching), SLOW_NOTICE_MS);
    try {
      if (typing) await new Promise((resolve) => window.setTimeout(resolve, TYPING_DEBOUNCE_MS));
      if (stale()) return;
      const [engine] = await Promise.all([this.loadPagefind(), this.crisis.loadEveryLanguage().catch(() => undefined)]);
      if (stale()) return;
      // Now with every language's terms: an English cry for help on the Swedish page too.
      crisis = this.crisis.isCrisis(state.q);
      this.help(crisis);
      const found = await engine.find(state.q, filtersFor(state), crisis);
      if (stale()) return;
      this.results = found.results;
      this.shown = 0;
      this.find('[data-search-list]').replaceChildren();
      await this.showMore(current);
      if (stale()) return;
      this.showOnly(this.results.length ? 'results' : 'none');
      this.find('[data-search-partial]').hidden = found.match === 'all';
      this.suggest(state, found.suggestion);
      this.announce(statusMessage(this.config.text, this.results.length, state.q, crisis, this.plural), typing);
      if (typing) this.address.refine(state);
    } catch {
      if (stale()) return;
      this.showOnly(null);
      this.announce(crisis ? `${this.config.text.crisis} ${this.config.text.failed}` : this.config.text.failed);
    } finally {
      window.clearTimeout(slow);
    }
  }

  /** Loads and appends the next page of results; returns the first new link. */
  private async showMore(current: number): Promise<HTMLAnchorElement | undefined> {
    const page = await Promise.all(this.results.slice(this.shown, this.shown + PAGE_SIZE).map((result) => result.data()));
    if (current !== this.generation) return undefined;
    const items = page.map((data) => resultItem(data, this.config));
    this.find('[data-search-list]').append(...items);
    this.shown += page.length;
    this.find('[data-search-more]').hidden = this.shown >= this.results.length;
    return items[0]?.querySelector('a') ?? undefined;
  }

  /** Shows or hides the help box; help must be on screen, not merely on the page: someone who scrolled down to type sees it too. */
  private help(crisis: boolean) {
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

  private showOnly(box: 'results' | 'none' | null) {
    this.find('[data-search-results]').hidden = box !== 'results';
    this.find('[data-search-none]').hidden = box !== 'none';
    if (!box) this.find('[data-search-suggestion]').hidden = true;
  }

  private suggest(state: SearchState, corrected: string | undefined) {
    this.find('[data-search-suggestion]').hidden = !corrected;
    if (!corrected) return;
    const link = this.find<HTMLAnchorElement>('[data-search-suggestion-link]');
    link.textContent = corrected;
    link.href = `${location.pathname}${searchFor({ ...state, q: corrected })}`;
  }

  /** The polite live region's message; while someone types, once they pause. */
  private announce(message: string, later = false) {
    const status = this.find('[data-search-status]');
    window.clearTimeout(this.statusTimer);
    if (later) this.statusTimer = window.setTimeout(() => (status.textContent = message), TYPING_STATUS_MS);
    else status.textContent = message;
  }
}

/** Whether the whole list of ways to get help in `box` is inside the viewport. */
function onScreen(box: HTMLElement): boolean {
  const list = box.querySelector('ul')?.getBoundingClientRect() ?? box.getBoundingClientRect();
  return list.top >= 0 && list.bottom <= window.innerHeight;
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
