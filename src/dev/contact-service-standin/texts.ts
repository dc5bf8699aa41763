// The stand-in chat page's own texts (TEST DOUBLE) in the languages the site is in. The page is
// served in the visitor's language from the embed URL's `lang` (Swedish, the service's own
// language, for any other). Easy-read Swedish (`variant=lattlast`) gets the Swedish texts.

/** Canonical BCP 47 tag, or null: what a real service must accept as `lang`. */
export function languageTag(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 35 || !/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

export const VARIANT = /^[a-z][a-z0-9-]{0,31}$/;

const sv = {
  dir: 'ltr' as 'ltr' | 'rtl',
  title: 'Chatt (testattrapp)',
  noticeLead: 'Testattrapp.',
  notice: 'Det här är en låtsad kontakttjänst för att testa webbplatsen, inte Stödlinjens riktiga chatt. Ingen rådgivare läser det du skriver här.',
  heading: 'Chatt',
  quickExit: 'Lämna sidan snabbt',
  connecting: 'Ansluter …',
  log: 'Meddelanden',
  message: 'Ditt meddelande',
  hint: 'Enter skickar, Skift+Enter ger ny rad.',
  send: 'Skicka',
  end: 'Avsluta chatten',
  you: 'Du',
  counsellor: 'Rådgivare',
  queued: 'Du är nummer {position} i kön. Beräknad väntetid: cirka {wait}.',
  wait: { one: '{minutes} minut', other: '{minutes} minuter' },
  connected: 'Du chattar nu med en rådgivare.',
  ended: {
    visitor: 'Du har avslutat chatten.',
    counsellor: 'Rådgivaren har avslutat chatten.',
    closed: 'Chatten är stängd just nu.',
    lost: 'Chatten finns inte längre.',
    other: 'Chatten är avslutad.',
  },
  reconnecting: 'Anslutningen till chatten bröts. Försöker igen …',
  endFailed: 'Chatten kunde inte avslutas. Försök igen.',
  sendFailed: 'Meddelandet kunde inte skickas. Försök igen.',
  connectFailed: 'Kunde inte ansluta till chatten. Försöker igen …',
  down: 'Chatten är inte tillgänglig just nu. (Testattrapp, läge "down".)',
  downTitle: 'Ej tillgänglig (testattrapp)',
};

/** The texts of one language: Swedish's keys, with the plural forms of the minutes its own language has. */
export type Texts = Omit<typeof sv, 'wait'> & { wait: Partial<Record<Intl.LDMLPluralRule, string>> };

const en: Texts = {
  dir: 'ltr',
  title: 'Chat (test double)',
  noticeLead: 'Test double.',
  notice: 'This is a pretend contact service for testing the website, not Stödlinjen’s real chat. No counsellor reads what you write here.',
  heading: 'Chat',
  quickExit: 'Leave this page quickly',
  connecting: 'Connecting …',
  log: 'Messages',
  message: 'Your message',
  hint: 'Enter sends, Shift+Enter starts a new line.',
  send: 'Send',
  end: 'End the chat',
  you: 'You',
  counsellor: 'Counsellor',
  queued: 'You are number {position} in the queue. Expected wait: about {wait}.',
  wait: { one: '{minutes} minute', other: '{minutes} minutes' },
  connected: 'You are now chatting with a counsellor.',
  ended: {
    visitor: 'You have ended the chat.',
    counsellor: 'The counsellor has ended the chat.',
    closed: 'The chat is closed right now.',
    lost: 'This chat no longer exists.',
    other: 'The chat has ended.',
  },
  reconnecting: 'The connection to the chat was lost. Trying again …',
  endFailed: 'The chat could not be ended. Please try again.',
  sendFailed: 'The message could not be sent. Please try again.',
  connectFailed: 'Could not connect to the chat. Trying again …',
  down: 'The chat is not available right now. (Test double, mode "down".)',
  downTitle: 'Not available (test double)',
};

const ar: Texts = {
  dir: 'rtl',
  title: 'محادثة (بديل للاختبار)',
  noticeLead: 'بديل للاختبار.',
  notice: 'هذه خدمة تواصل وهمية لاختبار الموقع، وليست المحادثة الحقيقية لـ Stödlinjen. لا يقرأ أي مستشار ما تكتبه هنا.',
  heading: 'محادثة',
  quickExit: 'غادر الصفحة بسرعة',
  connecting: 'جارٍ الاتصال …',
  log: 'الرسائل',
  message: 'رسالتك',
  hint: 'Enter للإرسال، وShift+Enter لسطر جديد.',
  send: 'أرسل',
  end: 'أنهِ المحادثة',
  you: 'أنت',
  counsellor: 'المستشار',
  queued: 'ترتيبك في قائمة الانتظار: {position}. مدة الانتظار المتوقعة: نحو {wait}.',
  wait: { zero: 'أقل من دقيقة', one: 'دقيقة واحدة', two: 'دقيقتين', few: '{minutes} دقائق', many: '{minutes} دقيقة', other: '{minutes} دقيقة' },
  connected: 'أنت تتحدث الآن مع مستشار.',
  ended: {
    visitor: 'لقد أنهيت المحادثة.',
    counsellor: 'أنهى المستشار المحادثة.',
    closed: 'المحادثة مغلقة الآن.',
    lost: 'هذه المحادثة لم تعد موجودة.',
    other: 'انتهت المحادثة.',
  },
  reconnecting: 'انقطع الاتصال بالمحادثة. نحاول مرة أخرى …',
  endFailed: 'تعذّر إنهاء المحادثة. حاول مرة أخرى.',
  sendFailed: 'تعذّر إرسال الرسالة. حاول مرة أخرى.',
  connectFailed: 'تعذّر الاتصال بالمحادثة. نحاول مرة أخرى …',
  down: 'المحادثة غير متاحة الآن. (بديل للاختبار، وضع "down".)',
  downTitle: 'غير متاح (بديل للاختبار)',
};

const TEXTS: Record<'sv' | 'en' | 'ar', Texts> = { sv, en, ar };
const hasTexts = (code: string): code is keyof typeof TEXTS => Object.hasOwn(TEXTS, code);

/** The page's language and texts for a (valid or absent) `lang`: its own language where it has one, else Swedish. */
export function textsFor(lang: string | null): Texts & { lang: string } {
  const primary = (lang ?? 'sv').split('-')[0]!.toLowerCase();
  const code = hasTexts(primary) ? primary : 'sv';
  return { lang: code, ...TEXTS[code] };
}
