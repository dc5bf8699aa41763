// Does a search query signal acute risk? This decides whether the search page shows the help box
// first. Two lists are matched: a built-in floor (below) that every build includes, and the terms
// editors keep in Sanity (siteSettings.crisisSearchTerms). Queries and terms are compared as
// normalised word forms, never as exact strings, so "Ta sitt liv", "tog livet av sig",
// "sjalvmord" and "självmårdstankar" are caught alike. It errs towards matching: a help box shown
// once too often costs nothing, a missed one can.
//
// A term is a sequence of words; in a query they must appear in order, with at most one other
// word between two of them (filler words such as "bara", "eget", "att" do not count). Each word of
// a term matches its inflections by stem prefix, a long first word also inside compounds, and a
// word of five letters or more also with one slip (a letter missing, added, changed or swapped).
// Possessives and reflexives stand for each other ("mitt/ditt/sitt/hans", "mig/dig/sig/honom"),
// so a term written for oneself also matches the same words said of someone else. The floor also
// uses three signs editors need not know: "a|b" for alternatives, "=word" for that exact form,
// and "…" for any number of words in between.

const POSSESSIVES = 'min mitt mina din ditt dina sin sitt sina hans hennes hens deras my your his their';
const REFLEXIVES = 'mig mej dig dej sig sej honom henne hen oss dem dom myself yourself himself herself themselves self me';
const FILLERS = 'att jag man bara eget egna egen nog kanske verkligen helt typ just så gärna längre mer nu ju liksom alltså också även to t really so';
const POSS = '\u0001p';
const REFL = '\u0001r';
const ANY_GAP = '…';

/** Lower case, diacritics removed, doubled letters single ("Självmordd" → "sjalvmord"), split into words. */
export function crisisWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => PRONOUNS.get(word) ?? word);
}

const plainWords = (list: string) => list.normalize('NFD').replace(/\p{M}/gu, '').replace(/(\p{L})\1+/gu, '$1').split(' ');
const PRONOUNS = new Map([...plainWords(POSSESSIVES).map((w) => [w, POSS] as const), ...plainWords(REFLEXIVES).map((w) => [w, REFL] as const)]);
const FILLER = new Set(plainWords(FILLERS));

// Swedish inflection endings, longest first: "skada" → "skad" matches "skador", "skadar".
const ENDINGS = ['arna', 'erna', 'orna', 'ande', 'ende', 'are', 'ar', 'er', 'or', 'en', 'et', 'na', 'a', 'e'];
// Endings a two-letter word takes: "dö" → "dör", "död"; "ta" → "tar".
const SHORT_ENDINGS = ['', 'r', 'd', 'de', 't', 'en', 'et'];
/** Roots this long also match inside compounds when they start a term: "ungdomssjälvmord". */
const COMPOUND_MIN = 6;
/** Roots this long also match with one slip: "självmårdstankar", "suisid". */
const SLIP_MIN = 5;

function stem(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * Whether `word` has a prefix (or, with `anywhere`, any part) within one edit of `root`,
 * counting a swap of two neighbouring letters as one edit (optimal string alignment).
 */
function nearly(word: string, root: string, anywhere: boolean): boolean {
  const m = root.length;
  const n = word.length;
  let before: number[] = [];
  let previous = Array.from({ length: n + 1 }, (_, j) => (anywhere ? 0 : j));
  for (let i = 1; i <= m; i += 1) {
    const row = [i];
    for (let j = 1; j <= n; j += 1) {
      const cost = root[i - 1] === word[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && root[i - 1] === word[j - 2] && root[i - 2] === word[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return Math.min(...previous) <= 1;
}

type Matcher = (word: string) => boolean;

function alternativeMatcher(alternative: string, first: boolean): Matcher | undefined {
  const exact = alternative.startsWith('=');
  const [word] = crisisWords(exact ? alternative.slice(1) : alternative);
  if (!word) return undefined;
  if (exact || word === POSS || word === REFL) return (candidate) => candidate === word;
  if (word.length <= 2) return (candidate) => SHORT_ENDINGS.some((ending) => candidate === word + ending);
  const root = stem(word);
  const anywhere = first && root.length >= COMPOUND_MIN;
  if (root.length >= SLIP_MIN) return (candidate) => (anywhere ? candidate.includes(root) : candidate.startsWith(root)) || nearly(candidate, root, anywhere);
  return (candidate) => candidate.startsWith(root);
}

type Step = { match: Matcher; anyGap: boolean };

function compile(term: string): Step[] {
  const steps: Step[] = [];
  let anyGap = false;
  for (const token of term.trim().split(/\s+/)) {
    if (token === ANY_GAP || token === '...') {
      anyGap = true;
      continue;
    }
    const matchers = token
      .split('|')
      .map((alternative) => alternativeMatcher(alternative, steps.length === 0))
      .filter((matcher): matcher is Matcher => !!matcher);
    if (!matchers.length) continue;
    steps.push({ match: (word) => matchers.some((matcher) => matcher(word)), anyGap });
    anyGap = false;
  }
  return steps;
}

/** Whether the words from `start` on contain the steps in order, with the gaps each allows. */
function matchesFrom(words: string[], steps: Step[], start: number, free: boolean): boolean {
  const [head, ...rest] = steps;
  if (!head) return true;
  let skipped = 0;
  for (let i = start; i < words.length; i += 1) {
    const word = words[i]!;
    if (head.match(word) && matchesFrom(words, rest, i + 1, false)) return true;
    if (free || head.anyGap || FILLER.has(word)) continue;
    skipped += 1;
    if (skipped > 1) return false;
  }
  return false;
}

const DIE = '=dö|=dör|=dog|=dött|=döende|=die|=dies|=died|=dying|=ihjäl';
const PILLS = 'tablett|=piller|=pillren|=pills|medicin|sömnmedel|sömntablett|=lugnande|alvedon|panodil|paracetamol|ipren|lergigan|propavan|imovane|insulin';
const SELF_HARM = '=skära|=skär|=skar|=skurit|=skärt|=skurt|=skuren|=skärande|=rispa|=rispar|=rispat|=rispade';
const TAKE = '=ta|=tar|=tog|=tagit|=tagits|=taga';
const WANT = '=vill|=vil|=ville|=velat|=vilja|önskar|önskade|=längtar|=längtade|=längta|hoppas|=borde|förtjänar|=lust';
const NOT = '=inte|=ej';

/** The built-in floor: ways people write that they or someone else may end their life or harm themselves. */
export const CRISIS_FLOOR: readonly string[] = [
  // The words themselves, with compounds and slips: självmordstankar, suicidförsök, självskadebeteende.
  'självmord', 'själv mord', 'selvmord', 'suicid', 'självskada', '=ssb', 'dödstankar', 'dödsönsk', 'dödslängtan', 'livsleda', 'överdos',
  // Taking one's own or someone's life, in any person and tense.
  `${TAKE} mitt liv`, `${TAKE} livet av mig`, '=tog|=tagit =livet', `${TAKE}|=supa|=super|=söp|=svälta|=svälter|=gasa|=frysa|=dricka ihjäl mig`,
  'avsluta|avslutar|avslutade mitt liv', 'avsluta|avslutar|avslutade =livet', 'slut på mitt liv', 'slut på =livet|mig', 'göra|=gör|=gjorde slut på =allt',
  '=döda|=dödar|=dödade|=dödat mig', 'ge|=ger|=gav upp =livet',
  // Wanting to die, or not to live, exist or wake up.
  `${WANT} ${DIE}`, `tänka|fundera|fantisera|drömma|prata =på|=om ${DIE}`,
  `=vill|=vil|=ville|orkar|=orka|klarar|pallar|önskar|=kan|=kunde ${NOT} =leva|=lever`, `står|stod ${NOT} ut =längre|=mer`, `tänker|=tänkte ${NOT} =leva`, `klarar|orkar|pallar ${NOT} av =livet`, `=vill|=vil|=ville ${NOT} vara kvar`, 'avskedsbrev', 'hur =dör =man', 'hur =kan|=ska =jag =dö', `${NOT} =vill|=vil =leva`, 'slippa|sluta|slutar =leva|=lever',
  'ingen|utan lust|mening|anledning =leva|=livet', `${NOT} =värt =leva|=livet`, 'meningslös =leva|=livet', '=livet meningslös|=värdelöst|=slut', 'ingen|annan utväg',
  `=vill|=vil|=ville|önskar ${NOT} =finnas|=finns|=fanns|=funnits|=existera`, 'sluta|slutar =finnas|=existera', 'aldrig =fötts|=född|=fött',
  `${NOT} vara med|kvar =längre|=mer`, `${NOT} vara =här`, '=vill|=vil|=ville|önskar|=längtar försvinna|försvinner|försvann', 'försvinna för =alltid',
  `=vill|=vil|=ville|önskar|hoppas ${NOT}|=aldrig =vakna|=vaknar|=vakne|=vaknade`, '=slippa|=slipper =vakna', '=aldrig =vakna|=vaknar', 'somna|somnar|sova|sover in|=för =alltid',
  `${WANT} … =allt … =ta|=tar|=tog =slut`, 'bättre utan mig', '=en börda', `${WANT} vara =död`, 'önskar|önskade … =död', '=vore|=hellre =död', `orkar|pallar|klarar ${NOT} =längre|=mer`,
  // Self-harm, past and present.
  `${SELF_HARM} mig`, '=har|=hade =skurit|=skärt', `${SELF_HARM} … =armen|=armarna|=handleden|=handlederna|=låret|=låren|=benen`,
  'bränna|=bränner|=brände|=bränt mig själv', '=slå|=slår|=slog mig själv', 'skada|skadar|skadade|skadat mig själv', '=skadar mig', 'vill skada mig',
  // Methods and overdoses.
  '=hänga|=hänger|=hängde|=hängt|=hang|=hanging mig', '=snara|=snaran|=noose',
  '=hoppa|=hoppar|=hoppade|=hopp|=jump|=jumping framför|=from|=off|=från|=ifrån|=ner|=ut … =tåget|=tåg|=tunnelbanan|=pendeln|=bron|=bro|=taket|=höghuset|=balkongen|=fönstret|=stupet|=klippan|=bridge|=train|=roof',
  '=kasta|=kastar|=kastade|=lägga|=lägger|=ställa|=ställer mig framför|=på =tåget|=tåg|=spåret|=rälsen|=bilen|=lastbilen', 'framför =tåget|=tunnelbanan|=pendeltåget',
  '=dränka|=dränker|=dränkte|=skjuta|=skjuter|=sköt|förgifta|=kväva mig', `${PILLS} … ${DIE}`, `${DIE} … ${PILLS}`, 'dödlig|dödliga|letal =dos|=dosen|=doser|=mängd',
  `=alla|=massa|=hela|=burk|=burken|=kartongen|=paketet|=många ${PILLS}`, '=ta|=tog|=svälja|=svalde|=äta alla mina',
  // English.
  `=want|=wanna|=wish|=wanted|=going|=gonna|=ready|=deserve ${DIE}`, '=kill|=killing|=killed mig', '=end|=ending|=ended mitt =life|=lives', '=end =it =all',
  `${TAKE}|=take|=taking|=took mitt =life|=lives`, '=not|=don|=dont|=no|=never|=nothing =want|=wanna|=reason|=point =live|=living|=alive|=exist|=here', '=wish … =dead|=gone',
  '=better =off =dead|=without', '=self =harm|=harming|=injury', 'selfharm', '=cut|=cutting|=cuts|=hurt|=hurting|=harm mig', '=never|=not =wake',
  '=kms|=kys|=unalive|=unaliving', '=sewer =slide',
];

/** Compiles the floor and the editors' terms once; the returned test runs on every keystroke. */
export function crisisMatcher(editorTerms: readonly string[], floor: readonly string[] = CRISIS_FLOOR): (query: string) => boolean {
  const compiled = [...floor, ...editorTerms].map(compile).filter((steps) => steps.length > 0);
  return (query) => {
    const words = crisisWords(query);
    return compiled.some((steps) => matchesFrom(words, steps, 0, true));
  };
}
