// The query sets the search tests share, per language and grown by class: what people in distress,
// and people worried about someone, type (every one must get help: the help box, the crisis articles
// first, never a "Menade du …?"), and everyday searches (which should get the texts, not the box).
// Grow them with what people actually type; add a class rather than one sentence.

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

// Swedish: written the way people in distress, and people worried about someone, type: other
// persons and tenses, without å/ä/ö, misspelt, in English.
export const SWEDISH_CRISIS = [
  // The words themselves, compounds, case, missing diacritics, slips.
  'självmord',
  'Självmord',
  'SJÄLVMORD',
  'sjalvmord',
  'självmordet',
  'självmordstankar',
  'tankar på självmord',
  'ungdomssjälvmord',
  'självmordsförsök',
  'självmårdstankar',
  'sjävmord',
  'självmordstanke',
  'självmordd',
  'själv mord',
  'självmordsplaner',
  'selvmord',
  'sjalvmorstankar',
  'självmorsförsök',
  'suicid',
  'suicidförsök',
  'suicidala tankar',
  'suicidal',
  'suisid',
  'suicidtankar hos ungdomar',
  'självskada',
  'självskador',
  'självskadebeteende',
  'sjalvskadebeteende',
  'självskadbeteende',
  'ssb',
  'dödstankar',
  'dödsönskan',
  'dödslängtan',
  'livsleda',
  // Taking a life: persons, pronouns, tenses.
  'ta mitt liv',
  'jag vill ta mitt liv',
  'tar mitt eget liv',
  'ta sitt liv',
  'ta ditt liv',
  'hur tar man sitt liv',
  'min bror tog sitt liv',
  'hon har tagit sitt liv',
  'när någon tagit sitt liv',
  'ta mit liv',
  'ta mitt eget liv',
  'tänker ta mitt liv ikväll',
  'han pratar om att ta sitt liv',
  'ta livet av mig',
  'jag vill ta livet av mig',
  'ta livet av sig',
  'han vill ta livet av sig',
  'pappa tog livet av sig',
  'tänker ta livet av mig',
  'ta livet av dig',
  'ta livet av mej',
  'tog livet',
  'avsluta mitt liv',
  'vill avsluta livet',
  'göra slut på mitt liv',
  'göra slut på allt',
  'döda mig själv',
  'jag vill döda mig',
  'ta ihjäl mig',
  'tar ihjäl mig själv',
  'supa ihjäl mig',
  // Wanting to die, not to live, exist or wake up; vanishing.
  'vill dö',
  'jag vill bara dö',
  'vill do',
  'vil dö',
  'jag vill dö nu',
  'ville dö',
  'önskar att jag var död och fick dö',
  'jag borde dö',
  'hoppas att jag dör',
  'längtar efter att dö',
  'tänker på att dö',
  'jag vill inte leva längre',
  'vill inte leva',
  'vill inte leva mer',
  'orkar inte leva',
  'jag orkar inte leva längre',
  'vill ej leva',
  'jag inte vill leva',
  'orka inte leva',
  'kan inte leva så här längre',
  'jag kan inte leva mer',
  'står inte ut längre',
  'jag tänker inte leva till imorgon',
  'jag klarar inte av livet',
  'vill inte vara kvar',
  'min vän har skrivit ett avskedsbrev',
  'hur dör man snabbast',
  'hur ska jag dö',
  'jag står inte ut mer',
  'vill sluta leva',
  'ingen mening att leva',
  'ingen mening med livet',
  'livet är meningslöst',
  'inte värt att leva',
  'ingen lust att leva',
  'ser ingen utväg',
  'vill inte finnas',
  'vill inte finnas längre',
  'önskar att jag inte fanns',
  'vill sluta finnas',
  'önskar att jag aldrig fötts',
  'vill inte vara med längre',
  'vill inte vara kvar längre',
  'vill bara försvinna',
  'jag vill försvinna för alltid',
  'önskar att jag kunde försvinna',
  'vill inte vakna',
  'vill inte vakna imorgon',
  'hoppas att jag inte vaknar',
  'slippa vakna',
  'somna och aldrig vakna',
  'somna in för alltid',
  'alla har det bättre utan mig',
  'jag är en börda',
  'orkar inte mer',
  'jag orkar inte längre',
  'pallar inte mer',
  // Self-harm, past and present.
  'skära mig',
  'skär mig',
  'skar mig',
  'jag skar mig igår',
  'har skurit mig',
  'har skurit',
  'hon skär sig',
  'skurit sig i armarna',
  'skär i armen',
  'skära sig',
  'rispar mig',
  'skadar mig',
  'jag skadar mig själv',
  'skada mig själv',
  'vill skada mig',
  'bränner mig själv',
  'slår mig själv',
  'min dotter skadar sig själv',
  // Methods and overdoses.
  'hänga mig',
  'hängde sig',
  'snara',
  'hoppa framför tåget',
  'hoppa från bron',
  'ställa mig på spåret',
  'kasta mig framför ett tåg',
  'dränka mig',
  'överdos',
  'overdos',
  'överdosera',
  'hur många tabletter för att dö',
  'kan man dö av sömntabletter',
  'dödlig dos paracetamol',
  'ta alla mina tabletter',
  'hela burken med tabletter',
  'tog en massa tabletter',
  'hur många alvedon för att dö',
  'vill vara död',
  'om jag vore död',
  'hellre död',
  'skär mig i handleden',
  'min son har försökt ta sitt liv',
  'tankar på att ta mitt liv',
  'SJÄLVSKADA',
  'jag har tänkt på självmord länge',
  'hur hjälper jag någon som vill dö',
  'vad gör jag om min vän vill ta livet av sig',
  'min pojkvän säger att han vill dö',
  'tonåring skadar sig själv',
  'hon har skurit sig igen',
  'jag skadade mig själv igår',
  'jag skär mig varje dag',
  'orkar inte leva mer',
  'vill inte leva utan honom',
  'vill inte finnas till',
  'vill dö men vet inte hur',
  'jag vill att allt ska ta slut och dö',
  'vill bara sova och aldrig vakna',
  'kill my self',
  'i want to end my life',
  'thinking about suicide',
  'ending my life',
  'want to die tonight',
  'im going to kill myself',
  // English.
  'want to die',
  'i want to die',
  'wanna die',
  'kill myself',
  'i want to kill myself',
  'end my life',
  'end it all',
  'suicide',
  'suicidal thoughts',
  'self harm',
  'self-harm',
  'cut myself',
  'overdose',
  "don't want to live",
  'dont want to be alive',
  'no reason to live',
  'take my own life',
  'better off dead',
  'hang myself',
  'kms',
  'unalive',
  'i wish i was dead',
  'never wake up',
];

// An overdose said plainly: having taken too many, of anything, in any tense, or the amount.
export const SWEDISH_OVERDOSE = lines(`
  jag tog för många tabletter
  har tagit en massa sömntabletter
  svalde en hel burk alvedon
  tog 20 alvedon igår
  tog för många av mina sömntabletter
  min mamma har tagit för många piller
  jag har ätit massor av tabletter
  hon svalde alla sina tabletter
  han har tagit en hel kartong värktabletter
  tog typ 30 panodil
  jag har knaprat en massa lugnande
  tagit för mycket medicin
  drack klorin
  jag har överdoserat
  paracetamolförgiftning
`);

// A relative reporting self-harm or wishes to die, in easy words (lättläst): gör illa sig, skadar
// sig med flit, its marks on the body.
export const SWEDISH_RELATIVES_EASY_READ = lines(`
  min dotter gör illa sig själv
  min son gör sig själv illa
  hon gör sig illa med flit
  min vän skadar sig med flit
  han skär i sig
  min son river sig tills det blöder
  min kompis bränner sig med cigaretter
  min bror har ärr på armarna
  min syster har sår på armarna
  jag tror min dotter skadar sig
  min pappa pratar om att dö
  min mamma vill inte leva
  hon försökte dö
  han gjorde illa sig själv med mening
  min dotter har rispor på armen
  min son skriver om att dö
`);

// Everyday searches on this site and ordinary Swedish that only sounds like it.
export const SWEDISH_EVERYDAY = [
  'ångest',
  'sova',
  'panikattack',
  'orkar inte',
  'vill dock veta mer om sömn',
  'ta hand om dig själv',
  'livet som anhörig',
  'mitt liv är stressigt',
  '',
  'dödstrött',
  'jag är dödstrött',
  'skrattade ihjäl mig',
  'dödsskönt',
  'jag dör av skratt',
  'rädd att dö under en panikattack',
  'livet efter döden',
  'döden',
  'sorg',
  'ta livet lugnt',
  'ta tag i mitt liv',
  'ta hand om mitt liv',
  'ta kontroll över mitt liv',
  'hänga med',
  'hänga upp tvätten',
  'skära lök',
  'skär brödet',
  'hoppa av skolan',
  'hoppa på tåget',
  'vill leva ett bra liv',
  'vill vakna utvilad',
  'svårt att vakna',
  'kan inte vakna på morgonen',
  'vill att ångesten ska försvinna',
  'hur får jag oron att försvinna',
  'tabletter mot ångest',
  'sömntabletter biverkningar',
  'medicin mot depression',
  'dödsbo',
  'döda tid',
  'vill veta mer',
  'stress på jobbet',
  'orolig för min vän',
  'hur vet jag om jag är deprimerad',
  'kompis mår dåligt',
  'livskris',
  'livsglädje',
  'levande ljus',
  'skadad i knät',
  'skadade foten',
  'slå sig fri',
  'försvann',
  'vakna',
  'leva med ångest',
  'inte leva i rädsla',
  'vill leva',
  'i want to sleep better',
  'how to help a friend',
  'dying to know',
  'kill time',
  'tabell',
  'alla mina vänner',
  'sluta röka',
  'hopplöshet',
  'ensam',
  'min mamma har dött',
  'hur pratar man med barn om döden',
  'sorg efter en förälder',
  'vill sova bättre',
  'vill må bättre',
  'vill prata med någon',
  'hur länge varar en panikattack',
  'ångest på natten',
  'stressad och trött',
  'min sambo dricker för mycket',
  'tonåring som inte vill gå till skolan',
  'svårt att andas',
  'hjärtklappning',
  'vill ha hjälp',
  'hur blir man av med ångest',
  'deppig',
  'tappat lusten',
  'sömnlös',
  'glad igen',
  'livet känns tungt',
  'andningsövning',
  'bästa vän',
  'skäms över mig själv',
  'gillar inte mig själv',
  'trött på allt',
  'depression',
  'ensam på helgerna',
  'jag dog nästan av skratt',
  'slut på jobbet',
  'ta ledigt från jobbet',
  'hur många tabletter får jag ta',
  // Known to raise the box (kept here so the figure stays honest): figurative or accidental.
  'ta tillbaka mitt liv',
  'skar mig i fingret',
  'det här jobbet dödar mig',
  'what do i want to do',
];

// Everyday questions near the new classes. Asking about a safe dose, or about pills for sleep, is
// an everyday health question: it gets the texts, not the crisis box. Having taken too many, or
// asking what amount kills, gets help. An accident is not self-harm: "gjorde sig illa" needs
// "själv" or "med flit".
export const SWEDISH_EVERYDAY_NEAR = lines(`
  tabletter för sömn
  hur mycket paracetamol är säkert
  hur många alvedon kan man ta
  glömt ta min medicin
  tog min medicin i morse
  sömntabletter biverkningar
  gjorde mig illa i foten
  gjorde sig illa på cykeln
  skadade sig i fotbollen
  tog hela dagen på mig
  tog en massa tid
  min son gjorde illa sig på träningen
  tog lugnande inför flyget
  svårt att sova utan tabletter
  tog en tablett mot huvudvärk
  har ärr efter operationen
  ont i armen
  tog alla chanser
  kan man ta ipren och alvedon samtidigt
  hur länge verkar sömntabletter
`);

export const ENGLISH_CRISIS = [
  'i want to die',
  'I WANT TO DIE',
  'want to die tonight',
  'wanted to die',
  'i wanna die',
  'i just want to die',
  'i wish i was dead',
  'wish i were dead',
  'i want to be dead',
  'kill myself',
  'i want to kill myself',
  'thinking of killing myself',
  'he wants to kill himself',
  'how to kill myself',
  'im going to kill myself',
  'she tried to kill herself',
  'end my life',
  'ending my life',
  'i want to end it all',
  'want to end it',
  'how do i end my life',
  'take my own life',
  'my son took his own life',
  'suicide',
  'Suicidal',
  'suicidal thoughts',
  'thoughts of suicide',
  'my friend is suicidal',
  'suicide note',
  'sucidal',
  'attempted suicide',
  'self harm',
  'self-harm',
  'selfharm',
  'self harming',
  'self-injury',
  'cutting',
  'cutting myself',
  'i cut myself',
  'my daughter cuts herself',
  'cutting my wrists',
  'hurting myself',
  'burning myself',
  'overdose',
  'overdosed',
  'overdosing on pills',
  'how many pills to die',
  'lethal dose of paracetamol',
  'od on pills',
  'took all my pills',
  "don't want to be here",
  'dont want to be here anymore',
  "i don't want to live",
  'dont want to live anymore',
  'no reason to live',
  'no point living',
  'life is not worth living',
  "life isn't worth it",
  'better off dead',
  'everyone would be better off without me',
  'i am a burden',
  "can't go on",
  'i cant take it anymore',
  "i don't want to wake up",
  'never wake up',
  'i want to disappear',
  'hang myself',
  'jump off a bridge',
  'jumping in front of a train',
  'kms',
  'kys',
  'unalive myself',
  'painless way to die',
  'goodbye letter',
];

export const ENGLISH_OVERDOSE = lines(`
  took too many pills
  i took too many pills last night
  my mum took too many tablets
  swallowed a whole bottle of tylenol
  took 30 paracetamol
  took all of my sleeping pills
  ate a bunch of advil
  popped a handful of pills
  i took loads of painkillers
  drank bleach
  he swallowed a packet of pills
  i od'd
  od on paracetamol
  i overdosed
  took like 40 of my antidepressants
`);

export const ENGLISH_RELATIVES = lines(`
  my son talks about killing himself
  my daughter keeps hurting herself
  my son has scars on his arms
  my wife says she wants to die
  my brother is cutting again
  my girlfriend took an overdose
  my dad tried to kill himself
  my friend self harms
`);

// What people look for on the English pages, and English that only sounds like it.
export const ENGLISH_EVERYDAY = [
  'anxiety',
  'panic attack',
  'depression',
  'how to help a friend',
  'i want to sleep better',
  'feeling low',
  'grief after losing my mother',
  'breathing exercise',
  'stress at work',
  'worried about my son',
  'how to talk to someone who is struggling',
  'loneliness',
  'cant sleep',
  'dying to know',
  'kill time',
  'my phone died',
  'life after death',
  'i want to feel better',
  'i want to talk to someone',
  'chat with a counsellor',
  'opening hours',
  'is the chat anonymous',
  'emergency number',
  'hair cut',
  'burn out',
  'burnout',
  'how to cope with anger',
  'my dad passed away',
  'grounding exercise',
  'want to live a good life',
  'looking after yourself',
  'support for parents',
  'can i call in english',
  'what is 112',
  'sleep problems',
  'how to stop worrying',
  'low self esteem',
  'self care',
  'self compassion',
  'panic attacks at night',
  'i feel tired all the time',
  'hopelessness',
  // Known to raise the box (kept here so the figure stays honest): the word itself in another sense.
  'cutting down on alcohol',
];

// As for Swedish: safe doses and pills for sleep are everyday questions; an accident is not self-harm.
export const ENGLISH_EVERYDAY_NEAR = lines(`
  pills for sleep
  how much paracetamol is safe
  how many ibuprofen can i take
  took my pills this morning
  forgot to take my pills
  side effects of sleeping pills
  can i take paracetamol with ibuprofen
  are sleeping pills addictive
  is it safe to take melatonin every night
  took a nap
  took a lot of time
  all my friends
  i cut my hair
  bleach for cleaning
  pill organiser
  scar after surgery
  cant sleep
  my son cant sleep
  took some time off work
  how long do antidepressants take to work
`);

// Standard Arabic and everyday speech, with and without tashkeel, with every hamza spelling, with
// tatweel and Arabic-Indic digits.
export const ARABIC_CRISIS = [
  'انتحار',
  'الانتحار',
  'الاِنْتِحَار',
  'أفكار انتحارية',
  'افكار انتحاريه',
  'أفكر في الانتحار',
  'افكر بالانتحار',
  'أنتحر',
  'انتحر',
  'سأنتحر',
  'أريد أن أنتحر',
  'بدي انتحر',
  'محاولة انتحار',
  'ابني حاول الانتحار',
  'أخي انتحر',
  'انتـــحار',
  'أقتل نفسي',
  'اقتل نفسي',
  'أَقْتُلُ نَفْسِي',
  'أريد أن أقتل نفسي',
  'يريد أن يقتل نفسه',
  'قتلت نفسها',
  'أريد أن أموت',
  'اريد ان اموت',
  'أُرِيدُ أَنْ أَمُوتَ',
  'إريد إن إموت',
  'أريد الموت',
  'اتمنى الموت',
  'أتمنى أن أموت',
  'بدي موت',
  'عايز اموت',
  'نفسي اموت',
  'ودي اموت',
  'لا أريد أن أعيش',
  'لا اريد ان اعيش',
  'لَا أُرِيدُ أَنْ أَعِيشَ',
  'ما بدي عيش',
  'مش عايز اعيش',
  'لا أريد الحياة',
  'لا أريد أن أكون هنا',
  'لا أستطيع العيش',
  'ما اقدر اكمل حياتي',
  'إيذاء النفس',
  'ايذاء النفس',
  'اِيذَاء النَّفْس',
  'أؤذي نفسي',
  'اؤذي نفسي',
  'اوذي نفسي',
  'بنتي تؤذي نفسها',
  'أجرح نفسي',
  'جرحت معصمي',
  'جرعة زائدة',
  'جرعه زايده',
  'جُرْعَة زَائِدَة',
  'جرعة قاتلة من الباراسيتامول',
  'كم حبة باراسيتامول تقتل',
  'أخذت كل الحبوب',
  'إنهاء حياتي',
  'انهاء حياتي',
  'أنهي حياتي',
  'أريد أن أضع حدا لحياتي',
  'تعبت من الحياة',
  'مليت من حياتي',
  'أكره حياتي',
  'لا معنى لحياتي',
  'حياتي بلا معنى',
  'الموت أفضل',
  'أنا عبء على الجميع',
  'رسالة وداع',
  'لا أريد أن أستيقظ',
  'أشنق نفسي',
  'أقفز من الجسر',
];

// Levantine: بدي, بدو, ما بدي, ما عاد فيني, رح, حالي (myself), هالحياة.
export const LEVANTINE = lines(`
  بدي اموت
  انا بدي موت خلص
  بدّي موت
  ما بدي عيش بعد اليوم
  مابدي عيش
  ما عاد بدي عيش
  ما عاد فيني
  ما عاد فيني كمل
  بدي اقتل حالي
  رح انتحر
  حنتحر
  ابني بدو يموت
  بنتي بدها تموت
  تعبت من هالحياة
  حياتي ما الها معنى
  بتمنى موت
  رح موت حالي
`);

// Egyptian: عايز, عاوزة, نفسي, مش, the future's ه (هنتحر, هموت نفسي), ملهاش.
export const EGYPTIAN = lines(`
  انا عايز اموت خلاص
  عايزة أموت
  عايزه اموت
  عاوزة اموت
  انا مش عايز اعيش
  مش عاوزه اعيش
  نفسي اموت وارتاح
  هموت نفسي
  هقتل نفسي
  هنتحر
  مش قادر استحمل
  مش قادرة أعيش
  زهقت من حياتي
  حياتي ملهاش لازمة
  ابني بيفكر ينتحر
  يا رب اموت
  عايز اخلص من حياتي
`);

// Gulf: أبي, أبغى, ابغا, ودي, ما ابي, ماني, طفشت, بذبح نفسي; Iraqi رايد, Maghrebi بغيت.
export const GULF = lines(`
  ابي اموت
  أبغى أموت
  ابغا اموت
  ما ابي اعيش
  مابي اعيش
  ماابي اعيش
  والله ودي اموت
  بذبح نفسي
  ماني قادر اتحمل
  طفشت من حياتي
  اخوي يبي يموت
  ابوي وده يموت
  ياريتني ميت
  يا ريتني ما انولدت
  الله ياخذني
  رايد اموت
  بغيت نموت
`);

// Overdoses said plainly, standard and everyday: took, swallowed, drank; many, a box, a strip, all of it.
export const ARABIC_OVERDOSE = lines(`
  اخذت حبوب كثير
  اخدت حبوب كتير
  بلعت علبة دوا
  بلعت شريط حبوب كامل
  شربت الدوا كله
  اخذت كمية كبيرة من الادوية
  أخذت جرعة كبيرة
  جرعة زيادة
  اوفردوز
  ابتلعت كل الحبوب
  خذيت حبوب وايد
  أخذت ٣٠ حبة
  امي اخذت حبوب كثيرة
`);

// Relatives reporting self-harm: my son hurts himself, my daughter cuts herself, wounds on his arm.
export const ARABIC_RELATIVES = lines(`
  ابني يؤذي نفسه
  بنتي بتجرح حالها
  ابني عنده جروح على ذراعه
  اختي تجرح يدها
  اخوي يضرب نفسه
  ابني حاول ينتحر
`);

// What people look for on the Arabic pages, and Arabic that only sounds like it.
export const ARABIC_EVERYDAY = [
  'القلق',
  'الاكتئاب',
  'نوبة هلع',
  'الحزن',
  'الوحدة',
  'تمرين التنفس',
  'كيف أساعد صديقي',
  'النوم',
  'لا أستطيع النوم',
  'أريد أن أتحدث مع أحد',
  'أريد أن أنام جيدا',
  'مترجم',
  'رقم الطوارئ',
  'الاتصال بالرقم 112',
  'كيف أطلب مترجما',
  'الطب النفسي',
  'علم النفس',
  'الدعم النفسي',
  'مرض نفسي',
  'الصحة النفسية',
  'ضغط العمل',
  'أنا قلق على ابني',
  'انتصار',
  'انتظار',
  'انتقال',
  'انتهاء الدوام',
  'موت جدتي',
  'الحزن بعد الموت',
  'أريد أن أعيش حياة أفضل',
  'حياة جديدة',
  'قتل الوقت',
  'قطعت الخبز',
  'جرعة الدواء المناسبة',
  'أحب الحياة',
  'أريد المساعدة',
  'ساعات العمل',
  'الدردشة',
  'كيف أتحدث مع شخص يعاني',
  'التوتر',
  'الأرق',
  'الخوف',
  'الغضب',
  'الثقة بالنفس',
  'أريد أن أكون سعيدا',
];

// Everyday questions near the new classes, in standard Arabic and in dialect.
export const ARABIC_EVERYDAY_NEAR = lines(`
  حبوب للنوم
  كم حبة باراسيتامول آمنة
  أخذت حبوب منومة
  هل يمكن أخذ الدواء مع الأكل
  أخذت الدواء اليوم
  نسيت آخذ الدواء
  الآثار الجانبية للدواء
  حالة نفسية
  بدي نام
  ما بقدر نام
  تعبت من الشغل
  مش قادر اركز
  ابي اعرف عن القلق
  عايز اتكلم مع حد
  نفسي ارتاح
  كيف نتحرك
  بدنا نتحرك
  حرقت يدي وانا اطبخ
  جرعة فيتامين د
  اخذت اجازة كل الدوام
  ابوي تعبان
  نفسي اكل
  حابب اعرف
  بدي اعيش حياة احسن
  الحياة حلوة
  مش عايز اروح المدرسة
`);

// Ordinary searches, spelt right as people type them (lower case, without å/ä/ö at times, as
// questions, with everyday words): "Menade du …?" must never change a word of them.
export const SWEDISH_ORDINARY = lines(`
  jag har svårt att slappna av
  min fru är alltid trött
  hur hanterar jag min oro inför flytten
  vågar inte gå ut
  rädd för att bli sjuk
  min mormor har glömt vem jag är
  svårt att hitta motivation
  ont i bröstet när jag är stressad
  hur slutar man grubbla
  vill inte träffa folk
  ångest inför jul
  har inte ätit på två dagar
  hur mycket sömn behöver en tonåring
  känner mig osynlig
  jobbar natt och sover dåligt
  kan jag ringa anonymt
  vad kostar det att ringa
  vi bråkar om pengar
  orkar inte städa
  rädd för mörkret
  ångest
  angest
  ångest på natten
  hur blir jag av med ångest
  vad är ångest
  ångest utan anledning
  ångest i kroppen
  varför får jag ångest
  ångest och panik
  panikattack
  vad gör man vid en panikattack
  hur länge håller en panikattack
  hjärtklappning och yrsel
  svårt att andas
  andningsövning
  andas lugnt
  jag kan inte sova
  kan inte sova
  somnar inte
  vaknar mitt i natten
  vaknar tidigt och kan inte somna om
  sömnproblem
  sova bättre
  tips för bättre sömn
  trött hela tiden
  jag är så trött
  mardrömmar varje natt
  stress
  stressad på jobbet
  stress i skolan
  för mycket att göra
  jag hinner inte med
  utbränd
  gått in i väggen
  sjukskriven för utmattning
  orkar inte gå till jobbet
  deppig
  nedstämd
  känner mig ledsen
  ledsen hela tiden
  jag gråter hela tiden
  ingen glädje
  depression symtom
  hur vet jag om jag är deprimerad
  min mamma är deprimerad
  min pappa mår dåligt
  mår dåligt
  jag mår dåligt
  mår skit
  känner mig tom
  känner mig ensam
  ensam på helgerna
  har inga vänner
  hur får man vänner
  ensamhet
  ensam efter skilsmässan
  sorg
  min mormor har dött
  sorg efter en förälder
  hur hanterar man sorg
  min hund dog
  kris
  livskris
  allt känns tungt
  livet känns tungt
  orolig för min vän
  orolig för min son
  orolig för min dotter
  min kompis mår dåligt
  hur hjälper jag en vän
  vad ska jag säga
  hur pratar jag med min tonåring
  min tonåring vill inte prata
  mitt barn vill inte gå till skolan
  min partner mår dåligt
  min sambo dricker för mycket
  min man är arg hela tiden
  bråk hemma
  föräldrar som bråkar
  skilsmässa
  otrohet
  relationsproblem
  svartsjuka
  mobbad i skolan
  mobbning på jobbet
  utanför i klassen
  prestationsångest
  provångest
  social ångest
  rädd för att prata inför klassen
  nervös inför intervju
  skäms över mig själv
  dålig självkänsla
  gillar inte mig själv
  hur stärker man självkänslan
  ätstörning
  äter för lite
  hetsätning
  ångest efter att ha ätit
  alkohol och ångest
  bakfylleångest
  spelberoende
  ringa 1177
  när ska man ringa 112
  psykiatrisk akut
  akutpsykiatri
  vårdcentral
  prata med en psykolog
  hur får man terapi
  kurator i skolan
  ungdomsmottagning
  är chatten anonym
  kan jag vara anonym
  när är ni öppna
  öppettider
  chatta med någon
  prata med någon
  jag vill prata med någon
  behöver någon att prata med
  vill ha hjälp
  hjälp
  stöd för anhöriga
  anhörig till någon med depression
  ta hand om mig själv
  egenvård
  vila och återhämtning
  promenad mot stress
  träning mot ångest
  meditation
  mindfulness
  avslappning
  muskelavslappning
  jordning
  krisplan
  göra en krisplan
  oroslåda
  orostid
  grubblar mycket
  tankar som inte släpper
  kan inte sluta tänka
  tvångstankar
  rädd hela tiden
  orolig för framtiden
  klimatångest
  orolig för pengar
  skulder och stress
  arbetslös och ledsen
  flyttat till ny stad
  hemlängtan
  ny i sverige
  svårt att förstå svenska
  tolk
  information på engelska
  på arabiska
  min farmor är sjuk
  cancer i familjen
  vara anhörig till en sjuk
  syskon som mår dåligt
  min bror är arg
  min syster äter inte
  tonårsbarn
  tonåren
  pojkvän
  flickvän
  kompis
  bästis
  polare
  jobbigt i skolan
  jobbigt på jobbet
  chefen är elak
  konflikt på jobbet
  vill byta jobb
  vill må bättre
  vill bli glad igen
  vill sova bättre
  vill ha mer energi
  hur länge varar sorg
  hur pratar man med barn om döden
  förlorat ett barn
  missfall
  förlossningsdepression
  nyförälder och trött
  bebis som inte sover
  pappa ledig
  ensamstående mamma
  pensionär och ensam
  äldre och ensam
  trött på allt
  allt är meningslöst på jobbet
  vet inte vad jag ska göra
  vet inte vad jag vill
  känner mig vilsen
  osäker på mig själv
  hjärtat slår fort
  ont i magen av stress
  huvudvärk av stress
  spänningar i axlarna
  yr och illamående
  svettas mycket
  darrar
  svårt att koncentrera mig
  glömmer saker
  adhd och ångest
  autism och ångest
  om stödlinjen
  säker surfning
  hur rensar jag historiken
  privat läge
  lämna sidan snabbt
  tillgänglighet
  kontakt
`);

export const ENGLISH_ORDINARY = lines(`
  i struggle to relax
  my wife is always tired
  how do i handle worry before moving
  scared to go outside
  afraid of getting ill
  my grandma forgot who i am
  hard to find motivation
  chest pain when stressed
  how to stop ruminating
  dont want to see people
  anxiety before christmas
  havent eaten in two days
  how much sleep does a teenager need
  i feel invisible
  working nights and sleeping badly
  can i call anonymously
  does it cost anything to call
  we argue about money
  cant be bothered to clean
  scared of the dark
  anxiety
  anxious all the time
  what is anxiety
  how to stop anxiety
  anxiety at night
  anxiety without a reason
  panic attack
  panic attacks
  what to do during a panic attack
  how long does a panic attack last
  heart racing
  cant breathe
  breathing exercise
  calm breathing
  cant sleep
  can't sleep
  i cant sleep at night
  trouble sleeping
  waking up at night
  waking up too early
  insomnia
  sleep better
  tips for better sleep
  tired all the time
  i feel so tired
  nightmares every night
  stress
  stressed at work
  stress at school
  too much to do
  i dont have time
  burnout
  burnt out
  off work with exhaustion
  cant face going to work
  feeling low
  feeling down
  i feel sad
  sad all the time
  i keep crying
  no joy
  depression symptoms
  how do i know if im depressed
  my mum is depressed
  my dad is struggling
  i feel bad
  i feel empty
  i feel lonely
  lonely at weekends
  i have no friends
  how to make friends
  loneliness
  lonely after divorce
  grief
  my grandmother died
  grief after losing a parent
  how to cope with grief
  my dog died
  crisis
  life crisis
  everything feels heavy
  life feels hard
  worried about my friend
  worried about my son
  worried about my daughter
  my friend is struggling
  how to help a friend
  what should i say
  how to talk to my teenager
  my teenager wont talk to me
  my child doesnt want to go to school
  my partner is struggling
  my partner drinks too much
  my husband is angry all the time
  arguments at home
  parents fighting
  divorce
  cheating
  relationship problems
  jealousy
  bullied at school
  bullying at work
  left out at school
  performance anxiety
  exam stress
  social anxiety
  scared of speaking in class
  nervous before an interview
  ashamed of myself
  low self esteem
  i dont like myself
  how to build self esteem
  eating disorder
  not eating enough
  binge eating
  alcohol and anxiety
  hangover anxiety
  gambling problem
  call 1177
  when to call 112
  psychiatric emergency
  health centre
  talk to a psychologist
  how to get therapy
  school counsellor
  youth clinic
  is the chat anonymous
  can i stay anonymous
  when are you open
  opening hours
  chat with someone
  talk to someone
  i want to talk to someone
  i need someone to talk to
  i need help
  help
  support for family
  family member with depression
  looking after myself
  self care
  rest and recovery
  walking for stress
  exercise for anxiety
  meditation
  mindfulness
  relaxation
  grounding
  grounding exercise
  safety plan
  crisis plan
  worry time
  overthinking
  thoughts that wont stop
  cant stop thinking
  intrusive thoughts
  scared all the time
  worried about the future
  climate anxiety
  money worries
  debt and stress
  unemployed and sad
  moved to a new city
  homesick
  new in sweden
  hard to understand swedish
  interpreter
  information in english
  in arabic
  my grandmother is ill
  cancer in the family
  caring for someone who is ill
  my brother is angry
  my sister is not eating
  teenager
  boyfriend
  girlfriend
  best friend
  hard time at school
  hard time at work
  my boss is mean
  conflict at work
  want to change jobs
  i want to feel better
  i want to be happy again
  i want to sleep better
  i want more energy
  how long does grief last
  how to talk to children about death
  lost a child
  miscarriage
  postnatal depression
  new parent and exhausted
  baby wont sleep
  single mum
  retired and lonely
  older and lonely
  tired of everything
  i dont know what to do
  i dont know what i want
  i feel lost
  unsure of myself
  stomach ache from stress
  headache from stress
  tense shoulders
  dizzy and sick
  sweating a lot
  shaking
  hard to concentrate
  forgetting things
  adhd and anxiety
  autism and anxiety
  about the support line
  safe browsing
  how do i clear my history
  private browsing
  leave this page quickly
  accessibility
  contact
  im worried
  ive been feeling low
  dont know who to talk to
  wont stop worrying
  isnt getting better
  doesnt want help
  my son doesnt want help
  whats wrong with me
`);

export const ARABIC_ORDINARY = lines(`
  صعب علي أرتاح
  زوجتي دائما تعبانة
  كيف أتعامل مع القلق قبل الانتقال
  خايف أطلع من البيت
  أخاف أمرض
  جدتي نسيت مين أنا
  ما عندي دافع
  ألم في صدري لما أتوتر
  كيف أوقف التفكير الزايد
  ما بدي شوف حدا
  قلق قبل العيد
  ما أكلت من يومين
  كم ساعة نوم يحتاج المراهق
  أحكي مع نفسي
  أشتغل بالليل وما أنام منيح
  هل أقدر أتصل بدون اسم
  هل الاتصال مجاني
  نتخانق على الفلوس
  ما عندي طاقة أنظف
  خايف من الظلام
  القلق
  قلق
  ما هو القلق
  كيف أتخلص من القلق
  القلق في الليل
  قلق بدون سبب
  نوبة هلع
  نوبات الهلع
  ماذا أفعل أثناء نوبة الهلع
  كم تستمر نوبة الهلع
  خفقان القلب
  صعوبة في التنفس
  تمرين التنفس
  التنفس بهدوء
  لا أستطيع النوم
  ما بقدر نام
  مش عارف انام
  ما اقدر انام
  الأرق
  ارق
  أستيقظ في الليل
  أستيقظ مبكرا
  نوم أفضل
  نصائح للنوم
  تعبان طول الوقت
  أشعر بالتعب
  كوابيس كل ليلة
  التوتر
  ضغط العمل
  ضغط الدراسة
  عندي شغل كثير
  ما عندي وقت
  الإرهاق
  إجهاد
  إجازة مرضية
  حزين
  أشعر بالحزن
  زعلان
  مضايق
  أبكي كثيرا
  ببكي كتير
  الاكتئاب
  اكتئاب
  أعراض الاكتئاب
  كيف أعرف أني مكتئب
  أمي مكتئبة
  أبي ليس بخير
  مش مرتاح
  حاسس بفراغ
  أشعر بالوحدة
  وحيد
  الوحدة
  ما عندي أصدقاء
  كيف أكون صداقات
  وحيد بعد الطلاق
  الحزن
  جدتي توفيت
  الحزن بعد وفاة أحد الوالدين
  كيف أتعامل مع الحزن
  مات كلبي
  أزمة
  خطة الأزمة
  كل شي صعب
  الحياة صعبة
  قلقان على صاحبي
  قلق على ابني
  قلقة على بنتي
  صديقي ليس بخير
  كيف أساعد صديقي
  ماذا أقول
  شو اقول
  كيف أتحدث مع ابني المراهق
  ابني ما بده يحكي
  ابني ما بدو يروح عالمدرسة
  زوجي متعب نفسيا
  زوجي يشرب كثير
  زوجي عصبي
  مشاكل في البيت
  أهلي يتشاجرون
  الطلاق
  الخيانة
  مشاكل زوجية
  الغيرة
  تنمر في المدرسة
  تنمر في العمل
  الخوف من الامتحان
  القلق الاجتماعي
  خايف احكي قدام الناس
  متوتر قبل المقابلة
  الثقة بالنفس
  ما بحب حالي
  كيف أقوي ثقتي بنفسي
  اضطراب الأكل
  ما باكل منيح
  الأكل بشراهة
  الكحول والقلق
  إدمان القمار
  الاتصال بالرقم 1177
  متى أتصل بالرقم 112
  الطوارئ النفسية
  المركز الصحي
  أتكلم مع أخصائي نفسي
  كيف أحصل على علاج نفسي
  مرشد المدرسة
  هل المحادثة سرية
  هل أقدر أكون مجهول
  متى تفتحون
  ساعات العمل
  أريد أن أتحدث مع أحد
  بدي احكي مع حدا
  عايز اتكلم مع حد
  ابي اكلم احد
  محتاج مساعدة
  أحتاج مساعدة
  ساعدوني
  دعم للعائلة
  قريب مصاب بالاكتئاب
  أعتني بنفسي
  الاهتمام بالنفس
  الراحة
  المشي للتوتر
  الرياضة للقلق
  التأمل
  الاسترخاء
  تمرين التأريض
  أفكر كثيرا
  أفكار لا تتوقف
  ما بقدر وقف تفكير
  أفكار وسواسية
  خايف طول الوقت
  قلقان من المستقبل
  ديون وضغط
  عاطل عن العمل
  انتقلت لمدينة جديدة
  الحنين للوطن
  جديد في السويد
  صعب أفهم السويدي
  مترجم
  معلومات بالعربي
  جدتي مريضة
  السرطان في العائلة
  أخي عصبي
  أختي ما تاكل
  المراهقة
  مراهق
  صديقتي
  مشاكل في المدرسة
  مشاكل في الشغل
  مديري سيء
  بدي غير شغلي
  أريد أن أشعر بتحسن
  بدي ارتاح
  كم يستمر الحزن
  كيف أتحدث مع الأطفال عن الموت
  فقدت طفلي
  اكتئاب ما بعد الولادة
  الطفل لا ينام
  أم عزباء
  متقاعد ووحيد
  تعبت من كل شي
  ما بعرف شو اعمل
  مش عارف اعمل ايه
  ما ادري وش اسوي
  حاسس اني ضايع
  وجع بطن من التوتر
  صداع من التوتر
  دوخة
  صعوبة التركيز
  النسيان
  عن خط الدعم
  التصفح الآمن
  كيف أحذف السجل
  التصفح الخاص
  مغادرة الصفحة بسرعة
  اتصل بنا
  أنا قلقان
  انا تعبانة
  شو فيني
  ليش انا هيك
  وش فيني
  ايش اسوي
`);
