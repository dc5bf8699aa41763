// The search behind the search page's element (search-page.ts), loaded when the visitor reaches
// for it: the crisis check of the page's language (its terms load beside this bundle), results as you
// type, filters, "Menade du …?" and the address. Pagefind (script, WebAssembly, index) loads with
// the first query; the vocabulary for typo tolerance loads by the first letters of a query's words
// when they need it, and other languages' crisis terms when a query is written in their
// script (crisis-check.ts). Results are shown only once the crisis check knows every term the query
// may match, so a crisis query in any language gets the help box and leads with the crisis
// articles. engine.ts decides what the index is asked.
import type { SearchPage } from '../search-page';
import { termWordMatcher } from '../../lib/crisis';
import { SearchAddress } from './address';
import { CrisisCheck } from './crisis-check';
import { emptyEngine, hasIndexFor, searchEngine, type Pagefind, type PagefindResult, type SearchEngine } from './engine';
import { resultItem } from './result-item';
import { filtersFor, isEmpty, PARAMS, readState, statusMessage, searchFor, type SearchState } from './state';

const PAGE_SIZE = 10;
// Short enough that results appear well within 300 ms of the last keystroke on a warm index.
const TYPING_DEBOUNCE_MS = 120;
const SLOW_NOTICE_MS = 600;
// While someone types, the count is announced once they pause, not after every keystroke.
const TYPING_STATUS_MS = 900;
const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

export class SearchSession {
  private readonly address = new SearchAddress();
  private readonly crisis: CrisisCheck;
  private readonly known: { topics: Set<string>; kinds: Set<string> };
  private readonly plural: Intl.PluralRules;
  private pagefind: Promise<SearchEngine> | undefined;
  /** Each search's number: an answer that arrives after a newer search began is dropped. */
  private generation = 0;
  private results: PagefindResult[] = [];
  private shown = 0;
  private statusTimer = 0;
  /** Which words no correction may replace, for the crisis terms loaded when it was made. */
  private crisisWords: { terms: readonly string[]; test: (word: string) => boolean } | undefined;

  /** `floor`: the page language's crisis terms, which the page started fetching with this module. */
  constructor(
    private readonly page: SearchPage,
    floor: Promise<Response>,
  ) {
    const { config } = page;
    this.crisis = new CrisisCheck(config, floor);
    this.known = { topics: new Set(Object.keys(config.topics)), kinds: new Set(Object.keys(config.kinds)) };
    this.plural = new Intl.PluralRules(document.documentElement.lang);
    for (const control of [page.input, ...this.selects]) control.addEventListener('blur', () => this.address.commit());
    const suggestion = page.find<HTMLAnchorElement>('[data-search-suggestion-link]');
    suggestion.addEventListener('click', (event) => {
      event.preventDefault();
      page.input.value = suggestion.textContent ?? '';
      page.input.focus();
      this.submit(true);
    });
    page.find('[data-search-more]').addEventListener('click', async () => (await this.showMore(this.generation))?.focus());
  }

  private get selects() {
    return [PARAMS.audience, PARAMS.topic, PARAMS.kind].map((name) => this.page.find<HTMLSelectElement>(`select[name="${name}"]`));
  }

  /** The visitor typed: search as they type, refining the address's entry. */
  typed() {
    void this.run(this.stateFromForm(), true);
  }

  /** The form's state into the address (a new history entry when `commit`), then searched. */
  submit(commit: boolean) {
    const state = this.stateFromForm();
    this.address.refine(state);
    if (commit) this.address.commit();
    void this.run(state, false);
  }

  /** The search the address holds, into the form and run. */
  restore() {
    const state = readState(location.search, this.known);
    this.address.commit();
    this.page.input.value = state.q;
    const [audience, topic, kind] = this.selects;
    audience!.value = state.audience;
    topic!.value = state.topic;
    kind!.value = state.kind;
    if (!isEmpty(state) || this.generation > 0) void this.run(state, false);
  }

  private stateFromForm(): SearchState {
    const [audience, topic, kind] = this.selects;
    const params = { [PARAMS.q]: this.page.input.value, [PARAMS.audience]: audience!.value, [PARAMS.topic]: topic!.value, [PARAMS.kind]: kind!.value };
    return readState(new URLSearchParams(params).toString(), this.known);
  }

  private isCrisisWord(word: string): boolean {
    const terms = this.crisis.loadedTerms;
    if (this.crisisWords?.terms !== terms) this.crisisWords = { terms, test: termWordMatcher(terms) };
    return this.crisisWords.test(word);
  }

  private loadPagefind(): Promise<SearchEngine> {
    const { language, synonyms, version } = this.page.config;
    this.pagefind ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, hasIndexFor(language)]).then(async ([api, indexed]) => {
      // No pages in this language yet: nothing to find, and never another language's pages instead.
      if (!indexed) return emptyEngine;
      // Searched on the page's own thread: Pagefind's worker is 12 KB more (gzip) on the first search,
      // and a search of 10,000 articles' index takes some 30 ms here, no longer than in the worker.
      await api.options({ noWorker: true, excerptLength: 24, ranking: { metaWeights: { title: 5, keywords: 4, summary: 2, audience: 0, kind: 0 } } });
      // Pagefind loads the index of the page's <html lang>; config.language is that same language.
      await api.init();
      return searchEngine(api, { synonyms, language, version, isCrisisWord: (word) => this.isCrisisWord(word) });
    });
    // A failed load (offline, say) may succeed on the next try.
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  private async run(state: SearchState, typing: boolean) {
    const current = ++this.generation;
    const stale = () => current !== this.generation;
    const { crisis: check } = this;
    const { config } = this.page;
    if (isEmpty(state)) {
      this.page.help(false);
      this.announce('');
      this.showOnly(null);
      if (typing) this.address.refine(state);
      return;
    }
    let crisis = check.isCrisis(state.q);
    this.page.help(crisis);
    // The help box as soon as the check knows every term the query may match (another language's
    // for an English cry for help on the Swedish page), not once the index is in: both load at
    // once, while the visitor may still be typing.
    const terms = check.loadFor(state.q).then(() => {
      if (stale()) return;
      crisis = check.isCrisis(state.q);
      this.page.help(crisis);
    });
    const ready = Promise.all([this.loadPagefind(), terms]);
    ready.catch(() => undefined);
    const slow = window.setTimeout(() => !stale() && this.announce(config.text.searching), SLOW_NOTICE_MS);
    try {
      if (typing) await new Promise((resolve) => window.setTimeout(resolve, TYPING_DEBOUNCE_MS));
      if (stale()) return;
      const [engine] = await ready;
      if (stale()) return;
      const found = await engine.find(state.q, filtersFor(state), crisis);
      if (stale()) return;
      this.results = found.results;
      this.shown = 0;
      this.page.find('[data-search-list]').replaceChildren();
      await this.showMore(current);
      if (stale()) return;
      this.showOnly(this.results.length ? 'results' : 'none');
      this.page.find('[data-search-partial]').hidden = found.match === 'all';
      this.suggest(state, found.suggestion);
      this.announce(statusMessage(config.text, this.results.length, state.q, crisis, this.plural), typing);
      if (typing) this.address.refine(state);
    } catch {
      if (stale()) return;
      this.showOnly(null);
      this.announce(crisis ? `${config.text.crisis} ${config.text.failed}` : config.text.failed);
    } finally {
      window.clearTimeout(slow);
    }
  }

  /** Loads and appends the next page of results; returns the first new link. */
  private async showMore(current: number): Promise<HTMLAnchorElement | undefined> {
    const page = await Promise.all(this.results.slice(this.shown, this.shown + PAGE_SIZE).map((result) => result.data()));
    if (current !== this.generation) return undefined;
    const items = page.map((data) => resultItem(data, this.page.config));
    this.page.find('[data-search-list]').append(...items);
    this.shown += page.length;
    this.page.find('[data-search-more]').hidden = this.shown >= this.results.length;
    return items[0]?.querySelector('a') ?? undefined;
  }

  private showOnly(box: 'results' | 'none' | null) {
    this.page.find('[data-search-results]').hidden = box !== 'results';
    this.page.find('[data-search-none]').hidden = box !== 'none';
    if (!box) this.page.find('[data-search-suggestion]').hidden = true;
  }

  private suggest(state: SearchState, corrected: string | undefined) {
    this.page.find('[data-search-suggestion]').hidden = !corrected;
    if (!corrected) return;
    const link = this.page.find<HTMLAnchorElement>('[data-search-suggestion-link]');
    link.textContent = corrected;
    link.href = `${location.pathname}${searchFor({ ...state, q: corrected })}`;
  }

  /** The polite live region's message; while someone types, once they pause. */
  private announce(message: string, later = false) {
    const status = this.page.find('[data-search-status]');
    window.clearTimeout(this.statusTimer);
    if (later) this.statusTimer = window.setTimeout(() => (status.textContent = message), TYPING_STATUS_MS);
    else status.textContent = message;
  }
}
