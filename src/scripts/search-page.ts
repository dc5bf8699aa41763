// The search page over Pagefind's JS API. The page works without this script (it lists topics
// and ways to get help); this adds results as you type, filters, the crisis help box and
// addresses that Back, reload and sharing restore. Pagefind itself (script, WebAssembly, index)
// loads only when the visitor focuses or uses the search, or arrives with ?q= in the address; the
// vocabulary for typo tolerance loads shard by shard when a query's words need it. The crisis check
// works from the first keystroke with the page language's terms (in its configuration); the other
// languages' built-in terms load with Pagefind, and results are shown only once they are in, so a
// crisis query in any language gets the help box and leads with the crisis articles.
// search-engine.ts decides what the index is asked. (It is bundled with this script, not loaded
// on demand: a dynamic import would add Vite's preload helper as a shared chunk to every page.)
import { termsMatcher, termWordMatcher } from '../lib/crisis';
import { crisisFloor, emptyEngine, hasIndexFor, searchEngine, type Pagefind, type PagefindData, type PagefindResult, type SearchEngine, type Version } from './search-engine';
import type { QueryLanguage, SynonymEntry } from './search-query';
import { filtersFor, isEmpty, PARAMS, readState, searchFor, statusMessage, type SearchState, type StatusText } from './search-state';

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

// Runs on load, and again after each page swap should the site use Astro's <ClientRouter />.
const setUp = () => {
  const root = document.querySelector<HTMLElement>('[data-search-page]:not([data-search-ready])');
  if (!root) return;
  root.dataset.searchReady = '';
  start(root);
};
setUp();
document.addEventListener('astro:page-load', setUp);

function start(root: HTMLElement) {
  const config = JSON.parse(root.dataset.searchConfig ?? '{}') as SearchConfig;
  let crisisTerms = [...config.crisisFloor, ...config.crisisTerms];
  let isCrisis = termsMatcher(crisisTerms);
  // Which words a correction must leave alone: compiled when the first query needs it.
  let isCrisisWord: ((word: string) => boolean) | undefined;
  // Every language's built-in terms; a failed load is tried again with the next search.
  let everyLanguage: Promise<void> | undefined;
  const loadCrisisTerms = () => {
    everyLanguage ??= crisisFloor().then((floor) => {
      crisisTerms = [...floor, ...config.crisisTerms];
      isCrisis = termsMatcher(crisisTerms);
      isCrisisWord = undefined;
    });
    everyLanguage.catch(() => (everyLanguage = undefined));
    return everyLanguage;
  };
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const known = { topics: new Set(Object.keys(config.topics)), kinds: new Set(Object.keys(config.kinds)) };
  const get = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = get<HTMLFormElement>('[data-search-form]');
  const input = get<HTMLInputElement>('input[name="q"]');
  const audienceSelect = get<HTMLSelectElement>('select[name="malgrupp"]');
  const topicSelect = get<HTMLSelectElement>('select[name="amne"]');
  const kindSelect = get<HTMLSelectElement>('select[name="typ"]');
  const suggestion = get('[data-search-suggestion]');
  const suggestionLink = get<HTMLAnchorElement>('[data-search-suggestion-link]');
  const partial = get('[data-search-partial]');
  const status = get('[data-search-status]');
  const crisisBox = get('[data-search-crisis]');
  const resultsBox = get('[data-search-results]');
  const list = get<HTMLOListElement>('[data-search-list]');
  const more = get<HTMLButtonElement>('[data-search-more]');
  const noResults = get('[data-search-none]');

  // The filters do nothing without this script, so they stay invisible until it runs; invisible
  // rather than hidden, so that showing them does not push the page down as it loads.
  get('[data-search-filters]').classList.remove('invisible');

  let pagefind: Promise<SearchEngine> | undefined;
  const loadPagefind = () => {
    pagefind ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, hasIndexFor(config.language)]).then(async ([api, indexed]) => {
      // No pages in this language yet: nothing to find, and never another language's pages instead.
      if (!indexed) return emptyEngine;
      await api.options({ excerptLength: 24, ranking: { metaWeights: { title: 5, keywords: 4, summary: 2, audience: 0, kind: 0 } } });
      // Pagefind loads the index of the page's <html lang>; config.language is that same language.
      await api.init();
      return searchEngine(api, { synonyms: config.synonyms, language: config.language, version: config.version, isCrisisWord: (word) => (isCrisisWord ??= termWordMatcher(crisisTerms))(word) });
    });
    // A failed load (offline, say) may succeed on the next try.
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  };

  const selects = [audienceSelect, topicSelect, kindSelect];
  const stateFromForm = (): SearchState =>
    readState(
      new URLSearchParams({ [PARAMS.q]: input.value, [PARAMS.audience]: audienceSelect.value, [PARAMS.topic]: topicSelect.value, [PARAMS.kind]: kindSelect.value }).toString(),
      known,
    );
  const fillForm = (state: SearchState) => {
    input.value = state.q;
    audienceSelect.value = state.audience;
    topicSelect.value = state.topic;
    kindSelect.value = state.kind;
  };

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let statusTimer = 0;
  const announce = (message: string, later = false) => {
    window.clearTimeout(statusTimer);
    if (later) statusTimer = window.setTimeout(() => (status.textContent = message), TYPING_STATUS_MS);
    else status.textContent = message;
  };

  const showOnly = (box: 'results' | 'none' | null) => {
    resultsBox.hidden = box !== 'results';
    noResults.hidden = box !== 'none';
    if (!box) suggestion.hidden = true;
  };
  const suggest = (state: SearchState, corrected: string | undefined) => {
    suggestion.hidden = !corrected;
    if (!corrected) return;
    suggestionLink.textContent = corrected;
    suggestionLink.href = `${location.pathname}${searchFor({ ...state, q: corrected })}`;
  };

  /** Shows or hides the help box; help must be on screen, not merely on the page: someone who scrolled down to type sees it too. */
  const help = (crisis: boolean) => {
    const appears = crisis && crisisBox.hidden;
    crisisBox.hidden = !crisis;
    // The page's heading comes along where both fit: scrolled to the very top, it would sit under
    // the quick exit, which stays there.
    if (appears && !onScreen(crisisBox)) {
      get('h1').scrollIntoView({ block: 'start' });
      if (!onScreen(crisisBox)) crisisBox.scrollIntoView({ block: 'start' });
    }
  };

  async function run(state: SearchState, typing: boolean) {
    const current = ++generation;
    let crisis = isCrisis(state.q);
    help(crisis);
    if (isEmpty(state)) {
      announce('');
      showOnly(null);
      if (typing) refine(state);
      return;
    }
    const slow = window.setTimeout(() => current === generation && announce(config.text.searching), SLOW_NOTICE_MS);
    try {
      if (typing) await new Promise((resolve) => window.setTimeout(resolve, TYPING_DEBOUNCE_MS));
      if (current !== generation) return;
      const [engine] = await Promise.all([loadPagefind(), loadCrisisTerms().catch(() => undefined)]);
      if (current !== generation) return;
      // Now with every language's terms: an English cry for help on the Swedish page too.
      crisis = isCrisis(state.q);
      help(crisis);
      const found = await engine.find(state.q, filtersFor(state), crisis);
      if (current !== generation) return;
      results = found.results;
      shown = 0;
      list.replaceChildren();
      await showMore(current);
      if (current !== generation) return;
      showOnly(results.length ? 'results' : 'none');
      partial.hidden = found.match === 'all';
      suggest(state, found.suggestion);
      announce(statusMessage(config.text, results.length, state.q, crisis, plural), typing);
      if (typing) refine(state);
    } catch {
      if (current !== generation) return;
      showOnly(null);
      announce(crisis ? `${config.text.crisis} ${config.text.failed}` : config.text.failed);
    } finally {
      window.clearTimeout(slow);
    }
  }

  /** Loads and appends the next page of results; returns the first new link. */
  async function showMore(current: number): Promise<HTMLAnchorElement | undefined> {
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (current !== generation) return undefined;
    const items = page.map(resultItem);
    list.append(...items);
    shown += page.length;
    more.hidden = shown >= results.length;
    return items[0]?.querySelector('a') ?? undefined;
  }

  function resultItem(data: PagefindData): HTMLLIElement {
    const item = element('li', 'rounded-md border border-line p-4');
    const heading = element('h3', 'text-lg font-semibold');
    const link = element('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    item.append(heading);

    // A topic can share its name with an audience ("För dig som är anhörig"): show it once.
    const labels = new Set(
      [data.meta.kind && config.kinds[data.meta.kind], data.meta.audience && config.audiences[data.meta.audience], ...(data.filters.topic ?? []).map((slug) => config.topics[slug])].filter(
        (label): label is string => !!label,
      ),
    );
    if (labels.size) item.append(text('p', [...labels].join(' · '), 'text-sm text-muted'));
    if (data.meta.summary) item.append(text('p', data.meta.summary, 'mt-1'));
    const excerpt = excerptParagraph(data.excerpt, `${link.textContent} ${data.meta.summary ?? ''}`);
    if (excerpt) item.append(excerpt);
    return item;
  }

  // The URL follows the search. Typing and changing a filter refine one history entry (arrow
  // keys on a select fire a change per option); submitting or leaving the control commits it,
  // so the next search gets an entry of its own and Back returns to this one.
  let refining = false;
  const setUrl = (state: SearchState, mode: 'push' | 'replace') => {
    const url = `${location.pathname}${searchFor(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  function refine(state: SearchState) {
    setUrl(state, refining || location.search === '' ? 'replace' : 'push');
    refining = true;
  }
  const commit = () => (refining = false);

  const warmUp = () => {
    void loadPagefind().catch(() => undefined);
    void loadCrisisTerms().catch(() => undefined);
  };
  for (const control of [input, ...selects]) {
    control.addEventListener('focus', warmUp);
    control.addEventListener('blur', commit);
  }
  input.addEventListener('input', () => void run(stateFromForm(), true));
  for (const select of selects) {
    select.addEventListener('change', () => {
      const state = stateFromForm();
      refine(state);
      void run(state, false);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = stateFromForm();
    refine(state);
    commit();
    void run(state, false);
  });
  suggestionLink.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = suggestionLink.textContent ?? '';
    const state = stateFromForm();
    refine(state);
    commit();
    input.focus();
    void run(state, false);
  });
  more.addEventListener('click', async () => {
    const first = await showMore(generation);
    first?.focus();
  });
  window.addEventListener('popstate', function restore() {
    if (!root.isConnected) return window.removeEventListener('popstate', restore);
    const state = readState(location.search, known);
    commit();
    fillForm(state);
    void run(state, false);
  });

  // A deep link or a reload: arriving with a query is the visitor's own search.
  const initial = readState(location.search, known);
  fillForm(initial);
  if (!isEmpty(initial)) void run(initial, false);
}

/** Whether the whole list of ways to get help in `box` is inside the viewport. */
function onScreen(box: HTMLElement): boolean {
  const list = box.querySelector('ul')?.getBoundingClientRect() ?? box.getBoundingClientRect();
  return list.top >= 0 && list.bottom <= window.innerHeight;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, content: string, className = ''): HTMLElementTagNameMap[K] {
  const node = element(tag, className);
  node.textContent = content;
  return node;
}

const words = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The highlighted excerpt, when it adds something: not when nothing in it matched, nor when it
 * only repeats the title and summary shown above it. Pagefind's excerpt keeps only its text and
 * <mark>s: it is parsed inertly, never injected.
 */
function excerptParagraph(html: string, shown: string): HTMLParagraphElement | undefined {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  if (!parsed.querySelector('mark') || words(shown).includes(words(parsed.textContent ?? ''))) return undefined;
  const paragraph = element('p', 'mt-1 text-sm');
  paragraph.append('… ');
  for (const node of parsed.childNodes) {
    paragraph.append(node.nodeName === 'MARK' ? text('mark', node.textContent ?? '', 'bg-help text-help-ink font-semibold') : (node.textContent ?? ''));
  }
  paragraph.append(' …');
  return paragraph;
}
