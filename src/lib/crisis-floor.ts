// The built-in floor of crisis terms: what every build matches, whatever editors keep in
// siteSettings.crisisSearchTerms. The signs are src/lib/crisis.ts's: "a|b" alternatives, "=word" that
// exact form, "…" any words in between, "#" a number from 10 up; "mig" and "mitt" stand for every
// person's reflexive and possessive. A part per language (Swedish, English, Arabic), grown by
// class: every person and tense, wishes to die, not to live, exist or wake up, self-harm as people
// and their relatives report it, overdoses said plainly, methods, and the everyday forms of Arabic
// speech. Every search page matches all of it: people write in the language that comes to them in
// distress, not the one of the page they happen to be on. The search page gets its own language's
// part in its configuration (src/components/search/search-config.ts) and each other part as a file
// the build writes next to the search vocabulary (src/integrations/search-vocabulary.ts).
import { termsMatcher, termWordMatcher } from './crisis';

const DIE = '=dö|=dör|=dog|=dött|=döende|=die|=dies|=died|=dying|=ihjäl';
// Medicines people take too many of, by kind and by the names on Swedish packets.
const PILLS =
  'tablett|=piller|=pillren|=pills|medicin|läkemedel|sömnmedel|sömntablett|sömnpiller|värktablett|smärtstillande|=lugnande|antidepressiv|' +
  'alvedon|panodil|paracetamol|ipren|ibuprofen|citodon|tramadol|oxikodon|lergigan|propavan|imovane|zopiklon|stesolid|sobril|atarax|theralen|insulin';
// Having taken too many, said plainly: the verb, then an amount and what was taken.
const SWALLOWED = '=tog|=tagit|=tagt|=svalde|=svalt|=åt|=ätit|=käkade|=käkat|=knaprade|=knaprat|=slukade|=slukat|=proppade|=tryckte|=tryckt';
const AMOUNT = '=alla|=hela|=hel|=helt|=massa|=massor|=mängd|=mängder|=burk|=burken|=burkar|=kartong|=kartongen|=paket|=paketet|=förpackning|=förpackningen|=näve|=handfull|=många|=mycket|#';
const SELF_HARM = '=skära|=skär|=skar|=skurit|=skärt|=skurt|=skuren|=skärande|=rispa|=rispar|=rispat|=rispade|=riva|=river|=rev|=rivit';
const TAKE = '=ta|=tar|=tog|=tagit|=tagits|=taga';
const WANT = '=vill|=vil|=ville|=velat|=vilja|önskar|önskade|=längtar|=längtade|=längta|hoppas|=borde|förtjänar|=lust|=försöker|=försökte|=försökt|=försöka|=planerar|=planerade';
const NOT = '=inte|=ej';
// Doing it on purpose: what tells self-harm from an accident ("gjorde sig illa med flit").
const MAKE = '=göra|=gör|=gjorde|=gjort';
const ON_PURPOSE = '=flit|=avsikt|=vilje|=mening|=meningen|=avsiktligt|=medvetet';
const SELF = '=själv|=själva|=självt';
const ARMS = '=armen|=armarna|=handleden|=handlederna|=låret|=låren';

/** Swedish: ways people write that they or someone else may end their life or harm themselves. */
const SWEDISH_FLOOR: readonly string[] = [
  // The words themselves, with compounds and slips: självmordstankar, suicidförsök, självskadebeteende.
  'självmord',
  'själv mord',
  'selvmord',
  'suicid',
  'självskada',
  '=ssb',
  'dödstankar',
  'dödsönsk',
  'dödslängtan',
  'livsleda',
  'överdos',
  'läkemedelsförgiftning',
  'tablettförgiftning',
  'paracetamolförgiftning',
  // Taking one's own or someone's life, in any person and tense.
  `${TAKE} mitt liv`,
  `${TAKE} livet av mig`,
  '=tog|=tagit =livet',
  `${TAKE}|=supa|=super|=söp|=svälta|=svälter|=gasa|=frysa|=dricka ihjäl mig`,
  'avsluta|avslutar|avslutade mitt liv',
  'avsluta|avslutar|avslutade =livet',
  'slut på mitt liv',
  'slut på =livet|mig',
  'göra|=gör|=gjorde slut på =allt',
  '=döda|=dödar|=dödade|=dödat mig',
  'ge|=ger|=gav upp =livet',
  // Wanting to die, or not to live, exist or wake up.
  `${WANT} ${DIE}`,
  `tänka|fundera|fantisera|drömma|prata|skriva|=skriver|=skrev =på|=om ${DIE}`,
  `=vill|=vil|=ville|orkar|=orka|klarar|pallar|önskar|=kan|=kunde ${NOT} =leva|=lever`,
  `står|stod ${NOT} ut =längre|=mer`,
  `tänker|=tänkte ${NOT} =leva`,
  `klarar|orkar|pallar ${NOT} av =livet`,
  `=vill|=vil|=ville ${NOT} vara kvar`,
  'avskedsbrev',
  'hur =dör =man',
  'hur =kan|=ska =jag =dö',
  `${NOT} =vill|=vil|=vilja =leva`,
  'slippa|sluta|slutar =leva|=lever',
  'ingen|utan lust|mening|anledning =leva|=livet',
  `${NOT} =värt =leva|=livet`,
  'meningslös =leva|=livet',
  '=livet meningslös|=värdelöst|=slut',
  'ingen|annan utväg',
  `=vill|=vil|=ville|önskar ${NOT} =finnas|=finns|=fanns|=funnits|=existera`,
  'sluta|slutar =finnas|=existera',
  'aldrig =fötts|=född|=fött',
  `${NOT} vara med|kvar =längre|=mer`,
  `${NOT} vara =här`,
  '=vill|=vil|=ville|önskar|=längtar försvinna|försvinner|försvann',
  'försvinna för =alltid',
  `=vill|=vil|=ville|önskar|hoppas ${NOT}|=aldrig =vakna|=vaknar|=vakne|=vaknade`,
  '=slippa|=slipper =vakna',
  '=aldrig =vakna|=vaknar',
  'somna|somnar|sova|sover in|=för =alltid',
  `${WANT} … =allt … =ta|=tar|=tog =slut`,
  'bättre utan mig',
  '=en börda',
  `${WANT} vara =död`,
  'önskar|önskade … =död',
  '=vore|=hellre =död',
  `orkar|pallar|klarar ${NOT} =längre|=mer`,
  // Self-harm, past and present, and as relatives report it: on purpose, in easy words, by its marks.
  `${SELF_HARM} mig`,
  '=har|=hade =skurit|=skärt',
  `${SELF_HARM} … ${ARMS}`,
  'bränna|=bränner|=brände|=bränt mig själv',
  '=slå|=slår|=slog mig själv',
  'skada|skadar|skadade|skadat mig själv',
  '=skadar mig',
  'vill skada mig',
  `${MAKE} illa mig ${SELF}`,
  `${MAKE} mig ${SELF} illa`,
  `${MAKE}|${SELF_HARM}|skada|skadar|skadade|skadat|=slår|=slog|=bränner|=brände mig … ${ON_PURPOSE}`,
  `bränna|=bränner|=brände|=bränt mig … =cigarett|=cigaretten|=cigaretter|=tändare|=tändaren`,
  `=ärr|=ärren|=sår|=såren|=skärsår|=rispor|=jack … ${ARMS}`,
  // Methods and overdoses.
  '=hänga|=hänger|=hängde|=hängt|=hang|=hanging mig',
  '=snara|=snaran|=noose',
  '=hoppa|=hoppar|=hoppade|=hopp|=jump|=jumping framför|=from|=off|=från|=ifrån|=ner|=ut … =tåget|=tåg|=tunnelbanan|=pendeln|=bron|=bro|=taket|=höghuset|=balkongen|=fönstret|=stupet|=klippan|=bridge|=train|=roof',
  '=kasta|=kastar|=kastade|=lägga|=lägger|=ställa|=ställer mig framför|=på =tåget|=tåg|=spåret|=rälsen|=bilen|=lastbilen',
  'framför =tåget|=tunnelbanan|=pendeltåget',
  '=dränka|=dränker|=dränkte|=skjuta|=skjuter|=sköt|förgifta|=kväva mig',
  `${PILLS} … ${DIE}`,
  `${DIE} … ${PILLS}`,
  'dödlig|dödliga|letal =dos|=dosen|=doser|=mängd',
  `${SWALLOWED} … ${AMOUNT} ${PILLS}`,
  `${SWALLOWED} … ${AMOUNT} =av mitt ${PILLS}`,
  `${SWALLOWED} … ${PILLS} =för =många`,
  '=dricka|=drack|=druckit|=svalde|=svalt … =klorin|=frostskyddsvätska|=rödsprit|=lampolja|=tändvätska|=kaustiksoda',
  `=alla|=massa|=hela|=burk|=burken|=kartongen|=paketet ${PILLS}`,
  '=ta|=tog|=svälja|=svalde|=äta alla mina',
];

const WANT_EN = '=want|=wanna|=wants|=wanted|=wish|=wished|=going|=gonna|=ready|=deserve|=planning|=plan|=trying|=tried';
const NOT_EN = '=not|=don|=dont|=doesn|=doesnt|=didn|=didnt|=no|=never|=nothing|=t';
const PILLS_EN =
  '=pills|=pill|=tablets|=tablet|=meds|=medication|=medications|=medicine|=medicines|=prescription|=painkillers|=antidepressants|=sleeping|' +
  '=paracetamol|=tylenol|=acetaminophen|=ibuprofen|=advil|=aspirin|=codeine|=tramadol|=oxycodone|=opioids|=benzos|=xanax|=valium|=insulin';
const SWALLOWED_EN = '=took|=taken|=swallowed|=ate|=eaten|=downed|=popped|=necked|=chugged';
const AMOUNT_EN = '=too|=all|=whole|=entire|=bottle|=bottles|=box|=boxes|=pack|=packs|=packet|=packets|=handful|=handfuls|=bunch|=lot|=lots|=loads|=load|=many|#';

/** English, in any person: wanting to die, ending one's life, self-harm, methods and overdoses. */
const ENGLISH_FLOOR: readonly string[] = [
  `${WANT_EN} ${DIE}`,
  `${WANT_EN} =be =dead|=gone`,
  '=wish … =dead|=gone',
  '=rather|=better =be =dead',
  '=better =off =dead|=without',
  '=kill|=kills|=killing|=killed mig',
  '=end|=ends|=ending|=ended mitt =life|=lives',
  '=end|=ending =it =all|=everything',
  `${WANT_EN} =end =it`,
  `${TAKE}|=take|=takes|=taking|=took mitt =life|=lives`,
  `${NOT_EN} =want|=wanna|=reason|=point|=worth =live|=living|=alive|=exist|=existing|=here|=on`,
  `${NOT_EN} =worth =living|=it`,
  '=life … =not|=t|=isn|=isnt =worth',
  '=cannot|=t|=cant =go =on|=anymore',
  '=cannot|=t|=cant =take =it =anymore',
  '=cannot|=t|=cant =live =like =this|=anymore',
  '=no =way =out',
  `${NOT_EN}|=never =wake`,
  `${WANT_EN} =disappear|=vanish`,
  '=goodbye|=farewell|=suicide =letter|=note|=message',
  '=a|=such =burden',
  '=how|=ways|=way|=painless|=easiest|=quickest … =to =die',
  '=self =harm|=harms|=harming|=harmed|=injury|=injure|=injuring',
  'selfharm',
  '=cutting|=cutter',
  '=cut|=cuts|=cutting|=hurt|=hurting|=harm|=harming|=burn|=burning|=burned|=burnt mig',
  '=cut|=cuts|=cutting|=slit|=slitting|=scars|=scar|=scratches|=wounds … =wrist|=wrists|=arms|=arm|=thighs|=thigh|=legs',
  '=hang|=hanging|=hanged mig',
  '=noose',
  '=jump|=jumping|=jumped =from|=off|=front … =bridge|=train|=roof|=building|=balcony|=window|=cliff',
  '=poison|=poisoning|=drown|=drowning|=shoot|=shooting|=suffocate|=starve mig',
  'överdos',
  '=od|=oding|=oded =on',
  '=od =d',
  `=how|=many|=much … ${PILLS_EN} … ${DIE}|=kill|=lethal|=fatal`,
  `=lethal|=fatal|=deadly =dose|=doses|=amount`,
  `=all|=whole|=entire =my|=bottle|=box|=pack|=packet … ${PILLS_EN}`,
  `${SWALLOWED_EN} … ${AMOUNT_EN} ${PILLS_EN}`,
  `${SWALLOWED_EN} … ${AMOUNT_EN} =of mitt ${PILLS_EN}`,
  '=drank|=drink|=drinking|=swallowed|=swallow … =bleach|=antifreeze|=poison',
  '=kms|=kys|=unalive|=unaliving|=unalived',
  '=sewer =slide',
  '=sewerslide',
  'suicide|suicidal',
];

/**
 * Everyday Arabic's forms of a verb beside the standard one: the first person's alif dropped as it
 * is spoken (أموت → موت), the future's ه (Egyptian) and ح (Levantine), with or without it (هموت,
 * هاموت, حنتحر); the present's ب is a clitic the matcher strips anyway (بموت → موت). The new forms
 * are exact: "نتحر" is also how "نتحرك" (we move) starts.
 */
function spoken(verbs: string): string {
  const forms = verbs.split('|').flatMap((verb) => {
    const form = verb.replace(/^=/, '');
    const bare = /^[اأإآ]/u.test(form) ? form.slice(1) : form;
    return [verb, ...[bare, `ه${form}`, `ه${bare}`, `ح${form}`, `ح${bare}`].filter((other) => other !== form).map((other) => `=${other}`)];
  });
  return [...new Set(forms)].join('|');
}

// Wanting, in the standard language and as Levantine (بدي, بدو), Egyptian (عايز, عاوزة, نفسي), Gulf (أبي, أبغى, ودي), Iraqi (رايد) and Maghrebi (بغيت) speech say it.
const WANT_AR =
  '=أريد|=أردت|=بدي|=بدو|=بده|=بدها|=بدك|=بدنا|=بدهم|=ودي|=وده|=ودها|=ودنا|=أبغى|=ابغا|=أبغي|=يبغى|=تبغى|=أبي|=يبي|=تبي|=نبي|=أبا|' +
  '=عايز|=عايزة|=عايزين|=عاوز|=عاوزة|=عاوزين|=حابب|=حابة|=أتمنى|=بتمنى|=تمنيت|=يتمنى|=تتمنى|=يريد|=تريد|=نريد|=أود|=أحب|=أرغب|=نفسي|' +
  '=بغيت|=باغي|=باغية|=رايد|=رايدة|=ناوي|=ناوية|=نويت';
// "If only": يا ريت, يا رب, ليتني.
const WISH_AR = '=ليتني|=ياريتني|=ريتني|=ياريت|=ريت|=يارب|=رب';
const NOT_AR = '=لا|=لم|=لن|=ما|=مش|=مو|=موب|=مب|=ماني|=مانيش|=ماعاد|=مابقى|=مابي|=مابدي';
// "Don't want" written as one word: مابدي, مابي, مابغى.
const NOT_WANT_AR = '=مابدي|=مابي|=ماابي|=مابغى|=ماابغى|=مابغيت|=ماودي|=مبغيتش';
const DIE_AR = `${spoken('=أموت|=يموت|=تموت|=نموت')}|=الموت|=موتي|=ميت|=ميتا|=ميتة|=الوفاة|=اختفي|=أختفي|=اختفاء`;
const LIVE_AR = 'أعيش|=عيش|العيش|يعيش|تعيش|نعيش|عيشة|عيشتي|حياتي|حياتك|حياته|حياتها|=الحياة|=حياة|موجود|عايش|الدنيا';
const ABLE_AR = 'استطيع|أستطيع|اقدر|أقدر|=بقدر|قادر|اقوى|أقوى|اتحمل|أتحمل|استحمل|بستحمل|اطيق|أطيق|طايق|=فيني|=فيي';
const PILLS_AR = 'حبوب|حبة|حبات|حباية|اقراص|أقراص|قرص|دواء|=دوا|=دوائي|=دوايا|ادوية|أدوية|برشام|مسكن|منوم|=مهدئات|=المهدئات|باراسيتامول|بنادول|بندول|ترامادول|زاناكس|انسولين';
// Having taken too many: the verb (took, swallowed, drank, ate), then an amount and what was taken.
const SWALLOWED_AR = 'أخذت|اخدت|خذيت|خديت|خدت|بلعت|ابتلعت|شربت|أكلت|تناولت|ضربت|=أخذ|=اخد|=خد|=بلع|=ابتلع|=شرب|=أكل|=تناول';
const AMOUNT_AR = '=كثير|=كثيرة|=كتير|=كتيرة|=واجد|=وايد|=زيادة|=بزاف|=علبة|=علبتين|=علب|=شريط|=شريطين|=شرايط|=ظرف|=كمية|=كبيرة|=كامل|=كاملة|=كل|=كله|=كلها|=كلهم|=كلو|=جميع|=حفنة|#';
const BODY_AR = 'معصم|ذراع|يد|ايد|رسغ|شريان|شراي|وريد|فخذ';

/** Arabic (standard and everyday speech), normalised like the queries: أ/ا, ة/ه, ى/ي are one letter here. */
const ARABIC_FLOOR: readonly string[] = [
  // The words themselves: suicide, to kill oneself, self-harm, overdose; the verbs also in everyday forms (هنتحر, هقتل حالي, بذبح نفسي).
  `انتحار|انتحر|ينتحر|تنتحر|=ننتحر|انتحرت|انتحروا|منتحر|${spoken('=انتحر|=ينتحر|=تنتحر|=ننتحر')}`,
  `اقتل|أقتل|يقتل|تقتل|نقتل|قتل|قتلت|اقتلت|${spoken('=أقتل|=يقتل|=تقتل|=نقتل')}|${spoken('=أذبح|=يذبح|=تذبح')}|=ذبحت|${spoken('=أموت|=يموت|=تموت')}|=موت =نفسي`,
  'ايذاء|إيذاء|اذية|أذية|اذى|أذى|اؤذي|أؤذي|يؤذي|تؤذي|آذيت|اذيت|ضرر|اضر|أضر|يضر|تضر =النفس|=نفسي|=نفسك|=نفسه|=نفسها|=الذات|=ذاتي',
  'جرعة|الجرعة|جرعات زائدة|مفرطة|قاتلة|مميتة|=زيادة',
  'تسمم|اسمم|أسمم|يسمم|تسمم =نفسي|=نفسه|=نفسها|=دوائي|=بالدواء|=بالحبوب|=بالأدوية',
  'اوفردوز|أوفردوز',
  '=اوفر =دوز',
  `${spoken('=أخلص|=يخلص|=تخلص')}|=خلصت|اتخلص|أتخلص|يتخلص|تتخلص =على|=من =نفسي|=حياتي|=حياته|=حياتها|=عمري`,
  // Wanting to die or not to live; ending one's life.
  `${WANT_AR}|${WISH_AR} ${DIE_AR}`,
  `${NOT_AR} ${WANT_AR} ${LIVE_AR}`,
  `${NOT_WANT_AR} ${LIVE_AR}`,
  `${NOT_AR} ${WANT_AR} =هنا|=موجود|=موجودة`,
  `${WANT_AR}|${WISH_AR} … =ما|=لم|=مش =انولدت|=اتولدت|=أولد|=خلقت|=انخلقت|=ولدت`,
  '=لم|=ما|=ماعاد|=مابقى|=مش|=ماني =أعد|=عدت|=اعود|=عاد|=بقى|=بقيت|=قادر|=قادرة =أحتمل|=أتحمل|=استحمل|=أقدر|=أستطيع|=أطيق|=فيني|=فيي',
  `${NOT_AR} ${ABLE_AR} ${LIVE_AR}|=الاستمرار|=أكثر|=أكمل|=كمل|=نكمل`,
  `${spoken('=أنهي|=ينهي|=تنهي|=ننهي')}|=إنهاء|=أنهيت حياتي|حياتك|حياته|حياتها|=الحياة|=حياة`,
  '=أضع|=وضع|=يضع|=تضع|=وضعت حد|=نهاية حياتي|حياتك|حياته|حياتها|=الحياة|=حياة',
  'تعبت|مليت|مللت|زهقت|سئمت|كرهت|اكره|أكره|قرفت|طفشت|=طفشان|=زهقان|=قرفان|=تعبان|=كرهان … حياتي|=الحياة|=حياة|العيش|=الدنيا|عيشتي',
  '=لا|=بلا|=بدون|=ما|=مافي|=مفيش|=مافيش فائدة|فايدة|معنى|قيمة|سبب|داعي … حياتي|=الحياة|=للحياة|للعيش|العيش|اعيش|أعيش',
  'حياتي|=الحياة … =لا|=بلا|=بدون|=ما|=مش|=مالها|=ملهاش|=مالهاش =معنى|=قيمة|=فائدة|=فايدة|=لازمة|=طعم',
  '=الموت|=موتي|=موتى =افضل|=أفضل|=احسن|=أحسن|=ارحم|=أرحم',
  '=افضل|=أفضل|=احسن|=أحسن =لو =مت|=موتي|=اموت|=أموت',
  `${NOT_AR}|=ما =استيقظ|=أستيقظ|=اصحى|=أصحى|=اصحو|=أصحو|=افيق|=أفيق|=اصحا`,
  `${WANT_AR} … =انام|=أنام … =للابد|=للأبد|=ابدا|=أبدا`,
  '=الله|=رب|=ربي|=يارب =ياخذني|=ياخدني|=تاخذني|=تاخدني|=يتوفاني|=توفاني',
  '=ياخذ|=ياخد|=تاخذ|=تاخد|=يقبض =روحي',
  '=عبء|=عبئ|=عبئا|=عبءا|=عالة =على|=عليكم|=عليهم|=عليهم',
  'رسالة|رسائل|كلمة =وداع|=الوداع|=وداعية|=انتحار',
  '=لا|=مافي|=مفيش|=ما =مخرج|=مفر',
  '=لا =حل',
  // Self-harm, as people say it and as relatives report its marks; methods.
  `=جرح|اجرح|أجرح|يجرح|تجرح|جرحت|اقطع|أقطع|قطعت|اشطب|أشطب|شطبت|${spoken('=أجرح|=أقطع|=أشطب')} =نفسي|${BODY_AR}`,
  'اضرب|أضرب|يضرب|تضرب|ضربت|احرق|أحرق|يحرق|تحرق|حرقت =نفسي',
  `=ندوب|=ندبات|=جروح|=جرح|=آثار|=اثار ${BODY_AR}`,
  'اشنق|أشنق|شنق|يشنق|تشنق|شنقت =نفسي|=نفسه|=نفسها',
  '=مشنقة|=المشنقة|=حبل =المشنقة',
  'اقفز|أقفز|قفز|القفز|يقفز|تقفز|ارمي|أرمي|رمي|يرمي =نفسي|=نفسه|=نفسها|=من|=تحت|=امام|=أمام … جسر|سطح|قطار|مبنى|عمارة|نافذة|شباك|بلكونة|برج|مترو',
  `=كم|=كمية … ${PILLS_AR} … =تقتل|=يقتل|=قاتلة|=للموت|=اموت|=أموت|=مميتة`,
  `=كل|=علبة … ${PILLS_AR}`,
  `${PILLS_AR} … =انتحار|=للانتحار|=للموت|=اموت|=أموت`,
  `${SWALLOWED_AR} … ${AMOUNT_AR} ${PILLS_AR}`,
  `${SWALLOWED_AR} … ${PILLS_AR} ${AMOUNT_AR}`,
  `${SWALLOWED_AR} … =جرعة|=جرعات =كبيرة|=عالية|=مضاعفة`,
];

/** The built-in floor, by the language it is written in; every search page matches all of it. */
export const CRISIS_FLOORS = { sv: SWEDISH_FLOOR, en: ENGLISH_FLOOR, ar: ARABIC_FLOOR } as const;

/** The built-in floor in every language. */
export const CRISIS_FLOOR: readonly string[] = [...SWEDISH_FLOOR, ...ENGLISH_FLOOR, ...ARABIC_FLOOR];

/** The floor and the editors' terms, compiled once; the returned test runs on every keystroke. */
export function crisisMatcher(editorTerms: readonly string[], floor: readonly string[] = CRISIS_FLOOR): (query: string) => boolean {
  return termsMatcher([...floor, ...editorTerms]);
}

/** Whether one word is a word of the floor or the editors' terms (src/lib/crisis.ts's termWordMatcher). */
export function crisisWordMatcher(editorTerms: readonly string[], floor: readonly string[] = CRISIS_FLOOR): (word: string) => boolean {
  return termWordMatcher([...floor, ...editorTerms]);
}
