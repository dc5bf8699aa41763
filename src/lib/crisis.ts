// Does a search query signal acute risk? This decides whether the search page shows the help box
// first. Two lists are matched: a built-in floor (below) that every build includes, and the terms
// editors keep in Sanity (siteSettings.crisisSearchTerms, one list per language). Queries and terms
// are compared as normalised word forms, never as exact strings, so "Ta sitt liv", "tog livet av
// sig", "sjalvmord", "självmårdstankar", "أريد أن أموت" and "اريد ان اموت" are caught alike. It errs
// towards matching: a help box shown once too often costs nothing, a missed one can.
//
// The floor has a part per language (Swedish, English, Arabic) and every search page matches all of
// them, whatever its own language: people write in the language that comes to them in distress,
// not the one of the page they happen to be on.
//
// A term is a sequence of words; in a query they must appear in order, with at most one other
// word between two of them (filler words such as "bara", "eget", "att", "to", "أن" do not count).
// Each word of a term matches its inflections by stem prefix, a long first word also inside
// compounds, and a Latin-script word of five letters or more also with one slip (a letter missing,
// added, changed or swapped). Arabic words match after the clitics written onto them (و ف ب ل ك س
// and the article ال: "بالانتحار" is "انتحار"), never with a slip: Arabic words are short and one
// letter apart often means something else (انتحار, suicide; انتصار, victory).
// Possessives and reflexives stand for each other ("mitt/ditt/sitt/hans", "mig/dig/sig/honom",
// "myself/yourself", "نفسي/نفسك/نفسه"), so a term written for oneself also matches the same words
// said of someone else. The floor also uses three signs editors need not know: "a|b" for
// alternatives, "=word" for that exact form, and "…" for any number of words in between.

const POSSESSIVES = 'min mitt mina din ditt dina sin sitt sina hans hennes hens deras my your his their';
const REFLEXIVES =
  'mig mej dig dej sig sej honom henne hen oss dem dom myself yourself himself herself themselves self me ' +
  'نفسي نفسك نفسه نفسها نفسهم نفسهما نفسنا روحي روحك روحه روحها';
const FILLERS =
  'att jag man bara eget egna egen nog kanske verkligen helt typ just så gärna längre mer nu ju liksom alltså också även to t really so ' +
  'أن ان إن انا أنا انني إنني اني بس فقط حقا حقاً جدا قد لقد سوف خلاص والله يعني';
const POSS = '\u0001p';
const REFL = '\u0001r';
const ANY_GAP = '…';

const ARABIC_LETTERS = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/**
 * Arabic written every way people type it, as one form: tashkeel (short vowels, shadda, sukun) and
 * tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Arabic-Indic digits → 0–9. Other
 * scripts pass through unchanged (except that combining marks go, as they do for å ä ö elsewhere).
 * The search page normalises queries and the index's words the same way before comparing them.
 */
export function normalizeArabic(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (digit) => String((digit.codePointAt(0)! - (digit >= '\u06F0' ? 0x06f0 : 0x0660)) % 10))
    .normalize('NFD')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu, '')
    .normalize('NFC')
    .replace(/[\u0622\u0623\u0625\u0671-\u0673\u0675]/gu, '\u0627')
    .replace(/\u0649/gu, '\u064A')
    .replace(/\u0629/gu, '\u0647')
    .replace(/\u0624/gu, '\u0648')
    .replace(/\u0626/gu, '\u064A');
}

/** Whether a word is written in Arabic script. */
export const isArabic = (word: string) => ARABIC_LETTERS.test(word);

/** One word form for comparing: lower case, Arabic normalised, diacritics and doubled letters gone. */
const plain = (text: string) =>
  normalizeArabic(text.toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{L})\1+/gu, '$1');

/** Lower case, diacritics removed, doubled letters single ("Självmordd" → "sjalvmord"), split into words. */
export function crisisWords(text: string): string[] {
  return plain(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => PRONOUNS.get(word) ?? word);
}

const plainWords = (list: string) => plain(list).split(' ');
const PRONOUNS = new Map([...plainWords(POSSESSIVES).map((w) => [w, POSS] as const), ...plainWords(REFLEXIVES).map((w) => [w, REFL] as const)]);
const FILLER = new Set(plainWords(FILLERS));

// Clitics Arabic writes onto the front of a word: and, so, with, for, like, will, the, and combinations.
const ARABIC_CLITICS = ['وال', 'فال', 'بال', 'كال', 'وب', 'ول', 'فب', 'فل', 'وس', 'فس', 'ال', 'و', 'ف', 'ب', 'ل', 'ك', 'س'].map(plain);

/** A word and what is left of it after each clitic it may start with ("وبالموت" → "موت" among others). */
export function arabicCores(word: string): string[] {
  return [word, ...ARABIC_CLITICS.filter((clitic) => word.startsWith(clitic) && word.length - clitic.length >= 2).map((clitic) => word.slice(clitic.length))];
}

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
  if (word === POSS || word === REFL) return (candidate) => candidate === word;
  if (isArabic(word)) return exact ? (candidate) => arabicCores(candidate).includes(word) : (candidate) => arabicCores(candidate).some((core) => core.startsWith(word));
  if (exact) return (candidate) => candidate === word;
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
  // Punctuation separates words as it does in queries: an editor's "self-harm" is "self harm".
  for (const token of term.replace(/[^\p{L}\p{N}\p{M}|=….\s]/gu, ' ').trim().split(/\s+/)) {
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

/** Swedish: ways people write that they or someone else may end their life or harm themselves. */
const SWEDISH_FLOOR: readonly string[] = [
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
];

const WANT_EN = '=want|=wanna|=wants|=wanted|=wish|=wished|=going|=gonna|=ready|=deserve|=planning|=plan|=trying|=tried';
const NOT_EN = '=not|=don|=dont|=doesn|=doesnt|=didn|=didnt|=no|=never|=nothing|=t';
const PILLS_EN = '=pills|=pill|=tablets|=meds|=medication|=painkillers|=paracetamol|=tylenol|=acetaminophen|=ibuprofen|=insulin|=sleeping';

/** English, in any person: wanting to die, ending one's life, self-harm, methods and overdoses. */
const ENGLISH_FLOOR: readonly string[] = [
  `${WANT_EN} ${DIE}`, `${WANT_EN} =be =dead|=gone`, '=wish … =dead|=gone', '=rather|=better =be =dead', '=better =off =dead|=without',
  '=kill|=kills|=killing|=killed mig', '=end|=ends|=ending|=ended mitt =life|=lives', '=end|=ending =it =all|=everything', `${WANT_EN} =end =it`,
  `${TAKE}|=take|=takes|=taking|=took mitt =life|=lives`,
  `${NOT_EN} =want|=wanna|=reason|=point|=worth =live|=living|=alive|=exist|=existing|=here|=on`, `${NOT_EN} =worth =living|=it`, '=life … =not|=t|=isn|=isnt =worth',
  '=cannot|=t|=cant =go =on|=anymore', '=cannot|=t|=cant =take =it =anymore', '=cannot|=t|=cant =live =like =this|=anymore', '=no =way =out',
  `${NOT_EN}|=never =wake`, `${WANT_EN} =disappear|=vanish`, '=goodbye|=farewell|=suicide =letter|=note|=message', '=a|=such =burden', '=how|=ways|=way|=painless|=easiest|=quickest … =to =die',
  '=self =harm|=harming|=harmed|=injury|=injure|=injuring', 'selfharm', '=cutting|=cutter', '=cut|=cuts|=cutting|=hurt|=hurting|=harm|=harming|=burn|=burning|=burned|=burnt mig',
  '=cut|=cuts|=cutting|=slit|=slitting … =wrist|=wrists|=arms|=arm|=thighs|=legs',
  '=hang|=hanging|=hanged mig', '=noose', '=jump|=jumping|=jumped =from|=off|=front … =bridge|=train|=roof|=building|=balcony|=window|=cliff',
  '=poison|=poisoning|=drown|=drowning|=shoot|=shooting|=suffocate|=starve mig', 'överdos', '=od|=oding|=oded =on', `=how|=many|=much … ${PILLS_EN} … ${DIE}|=kill|=lethal|=fatal`,
  `=lethal|=fatal|=deadly =dose|=doses|=amount`, `=all|=whole … ${PILLS_EN}`,
  '=kms|=kys|=unalive|=unaliving|=unalived', '=sewer =slide', 'suicide|suicidal',
];

const WANT_AR = '=أريد|=أردت|=بدي|=ودي|=أبغى|=أبي|=أبا|=عايز|=عايزة|=عاوز|=حابب|=أتمنى|=تمنيت|=يريد|=تريد|=نريد|=يبغى|=بده|=بدها|=أود|=أحب|=أرغب|=نفسي';
const NOT_AR = '=لا|=لم|=لن|=ما|=مش|=مو|=ماني|=مابي|=مابدي';
const DIE_AR = '=اموت|=أموت|=يموت|=تموت|=نموت|=موت|=الموت|=موتي|=ميت|=ميتا|=ميتة|=ميته|=مت|=الوفاة|=اختفي|=أختفي|=اختفاء';
const LIVE_AR = 'أعيش|=عيش|العيش|يعيش|تعيش|حياتي|حياتك|حياته|حياتها|=الحياة|=حياة|موجود|عايش';
const PILLS_AR = 'حبوب|الحبوب|حبة|حبات|اقراص|أقراص|دواء|الدواء|ادوية|أدوية|دوا|الادوية|باراسيتامول|بنادول|منوم|منومات';

/** Arabic (standard and everyday speech), normalised like the queries: أ/ا, ة/ه, ى/ي are one letter here. */
const ARABIC_FLOOR: readonly string[] = [
  // The words themselves: suicide, to kill oneself, self-harm, overdose.
  'انتحار|انتحر|ينتحر|تنتحر|ننتحر|انتحرت|انتحروا|منتحر', 'اقتل|أقتل|يقتل|تقتل|نقتل|قتل|قتلت|اقتلت =نفسي|=نفسك|=نفسه|=نفسها|=نفسهم|=روحي|=روحه',
  'ايذاء|إيذاء|اذية|أذية|اذى|أذى|اؤذي|أؤذي|يؤذي|تؤذي|آذيت|اذيت|ضرر|اضر|أضر|يضر|تضر =النفس|=نفسي|=نفسك|=نفسه|=نفسها|=الذات|=ذاتي',
  'جرعة|الجرعة|جرعات زائدة|مفرطة|قاتلة|مميتة', 'تسمم|اسمم|أسمم|يسمم|تسمم =نفسي|=نفسه|=نفسها',
  // Wanting to die or not to live; ending one's life.
  `${WANT_AR} ${DIE_AR}`, `${NOT_AR} ${WANT_AR} ${LIVE_AR}`, `${NOT_AR} ${WANT_AR} =هنا|=موجود|=موجودة`,
  '=لم|=ما|=مش =أعد|=عدت|=اعود|=قادر =أحتمل|=أتحمل|=أقدر|=أستطيع|=أطيق', `${NOT_AR} استطيع|أستطيع|اقدر|أقدر|قادر|اقوى|أقوى|اتحمل|أتحمل|اطيق|أطيق ${LIVE_AR}|=الاستمرار|=أكثر`,
  '=أنهي|=إنهاء|=ينهي|=تنهي|=أنهيت|=ننهي حياتي|حياتك|حياته|حياتها|=الحياة|=حياة', '=أضع|=وضع|=يضع|=تضع|=وضعت حد|=نهاية حياتي|حياتك|حياته|حياتها|=الحياة|=حياة',
  'تعبت|مليت|مللت|زهقت|سئمت|كرهت|اكره|أكره|قرفت … حياتي|=الحياة|=الحياه|العيش|=الدنيا|عيشتي',
  '=لا|=بلا|=بدون|=ما فائدة|فايدة|معنى|قيمة|سبب|داعي … حياتي|=الحياة|=الحياه|=للحياة|للعيش|العيش|اعيش|أعيش', 'حياتي|=الحياة|=الحياه … =لا|=بلا|=بدون =معنى|=قيمة|=فائدة|=فايدة',
  '=الموت|=موتي|=موتى =افضل|=أفضل|=احسن|=أحسن|=ارحم|=أرحم', '=افضل|=أفضل|=احسن|=أحسن =لو =مت|=موتي|=اموت|=أموت',
  `${NOT_AR}|=ما =استيقظ|=أستيقظ|=اصحى|=أصحى|=اصحو|=أصحو|=افيق|=أفيق|=اصحا`, `${WANT_AR} … =انام|=أنام … =للابد|=للأبد|=ابدا|=أبدا`,
  '=عبء|=عبئ|=عبئا|=عبءا|=عالة =على|=عليكم|=عليهم|=عليهم', 'رسالة|رسائل|كلمة =وداع|=الوداع|=وداعية|=انتحار', '=لا =مخرج|=مفر|=حل',
  // Self-harm and methods.
  '=جرح|اجرح|أجرح|يجرح|تجرح|جرحت|اقطع|أقطع|قطعت|اشطب|أشطب|شطبت =نفسي|=نفسه|=نفسها|=معصمي|=ذراعي|=ذراعيه|=شرايين|=شراييني|=وريدي|=الوريد|=يدي',
  'اشنق|أشنق|شنق|يشنق|تشنق|شنقت =نفسي|=نفسه|=نفسها', '=مشنقة|=المشنقة|=حبل =المشنقة',
  'اقفز|أقفز|قفز|القفز|يقفز|تقفز|ارمي|أرمي|رمي|يرمي =نفسي|=نفسه|=نفسها|=من|=تحت|=امام|=أمام … جسر|سطح|قطار|مبنى|عمارة|نافذة|شباك|بلكونة|برج|مترو',
  `=كم|=كمية … ${PILLS_AR} … =تقتل|=يقتل|=قاتلة|=للموت|=اموت|=أموت|=مميتة`, `=كل|=علبة … ${PILLS_AR}`, `${PILLS_AR} … =انتحار|=للانتحار|=للموت|=اموت|=أموت`,
];

/** The built-in floor, by the language it is written in; every search page matches all of it. */
export const CRISIS_FLOORS = { sv: SWEDISH_FLOOR, en: ENGLISH_FLOOR, ar: ARABIC_FLOOR } as const;

/** The built-in floor in every language. */
export const CRISIS_FLOOR: readonly string[] = [...SWEDISH_FLOOR, ...ENGLISH_FLOOR, ...ARABIC_FLOOR];

/** Compiles the floor and the editors' terms once; the returned test runs on every keystroke. */
export function crisisMatcher(editorTerms: readonly string[], floor: readonly string[] = CRISIS_FLOOR): (query: string) => boolean {
  const compiled = [...floor, ...editorTerms].map(compile).filter((steps) => steps.length > 0);
  return (query) => {
    const words = crisisWords(query);
    return compiled.some((steps) => matchesFrom(words, steps, 0, true));
  };
}
