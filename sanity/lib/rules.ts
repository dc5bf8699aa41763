// Content rules (the project content guide: safe messaging, reviews, alt text) as plain functions (no Studio imports), shared by the schema's
// validation and the dataset lint. Each check returns the Swedish message an editor sees, or
// undefined when the value is fine; "required" is left to the schema's own rules.
import { inBuildFolder, normaliseSitePath, sitePathProblem, type PathProblem } from '../../src/lib/redirects';
import { FIXED_PATHS, RESERVED_PAGE_SLUGS, isSlug } from '../../src/lib/routes';
import { isServiceAddress } from '../../src/lib/contact-origins';
import { isPhoneNumber } from '../../src/lib/phone';
import { isTime, isTimeRange, isTimeZone, isWeekday, repeatedDates } from '../../src/lib/opening-hours-rules';
import { findMeans } from './language';

export const TITLE_MAX = 90;
export const SUMMARY_MIN = 40;
export const SUMMARY_MAX = 200;
export const DESCRIPTION_MAX = 200;
export const RELATED_MAX = 4;
/** The help box of a sensitive article must be among this many first body blocks. */
const HELP_BOX_WITHIN = 3;

/** The slug the Studio's "Generate" button makes from a title: å/ä → a, ö → o, other accents dropped. */
export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '');
}

export function checkSlug(current: string | undefined): string | undefined {
  if (current === undefined || isSlug(current)) return undefined;
  return `Adressen ”${current}” får bara innehålla små bokstäver a–z, siffror och enstaka bindestreck (till exempel ”oro-och-angest”). Skriv å och ä som a, ö som o.`;
}

export const checkPageSlug = (slug: string): string | undefined => (RESERVED_PAGE_SLUGS.has(slug) ? `Adressen ”${slug}” används redan av webbplatsen (/${slug}/). Välj en annan.` : undefined);

export function checkReviewDates(lastReviewed: string | undefined, nextReview: string | undefined): string | undefined {
  if (!lastReviewed || !nextReview || nextReview > lastReviewed) return undefined;
  return `Nästa granskning (${nextReview}) måste ligga efter senaste granskningen (${lastReviewed}).`;
}

export const overdueMessage = (nextReview: string): string => `Granskningen är försenad: nästa granskning skulle ha gjorts ${nextReview}. Granska texten och uppdatera datumen.`;

interface FigureLike {
  alt?: string;
  decorative?: boolean;
}

export function checkFigureAlt({ alt, decorative }: FigureLike): string | undefined {
  const hasAlt = !!alt?.trim();
  if (decorative && hasAlt) return 'Bilden är markerad som dekorativ och ska då inte ha någon alternativtext. Töm fältet, eller ta bort markeringen om bilden förmedlar något.';
  if (!decorative && !hasAlt) return 'Skriv en alternativtext som beskriver vad bilden visar, eller markera bilden som dekorativ om den inte tillför något.';
  return undefined;
}

/** Either an uploaded asset (Studio) or an export-form `_sanityAsset` (dataset files). */
export const checkFigureImage = (value: { asset?: { _ref?: string }; _sanityAsset?: string } | undefined): string | undefined =>
  value?.asset?._ref || value?._sanityAsset ? undefined : 'Välj en bild.';

interface ArticleLike {
  sensitive?: boolean;
  contentNote?: string;
  body?: unknown;
}

interface BodyBlock {
  _type?: string;
  _key?: string;
  contacts?: unknown[];
}

export function checkContentNote({ sensitive, contentNote }: ArticleLike): string | undefined {
  if (!sensitive || contentNote?.trim()) return undefined;
  return 'Artikeln är markerad som känslig och måste ha en innehållsvarning, till exempel: ”Den här texten handlar om självmordstankar. Om du behöver prata nu: ring 90 390 eller 112 vid akut fara.”';
}

export function checkSensitiveHelpBox({ sensitive, body }: ArticleLike): string | undefined {
  if (!sensitive) return undefined;
  const first = (Array.isArray(body) ? (body as BodyBlock[]) : []).slice(0, HELP_BOX_WITHIN);
  const helpBoxes = first.filter((block) => block?._type === 'helpBox');
  if (helpBoxes.length === 0) {
    return `Artikeln är markerad som känslig och måste ha en hjälpruta bland de ${HELP_BOX_WITHIN} första blocken i brödtexten, så att hjälp syns direkt.`;
  }
  if (!helpBoxes.some((box) => Array.isArray(box.contacts) && box.contacts.length > 0)) {
    return 'Hjälprutan i en känslig artikel måste lista minst en annan tjänst som är öppen dygnet runt, till exempel Självmordslinjen (90101) eller 1177 Vårdguiden.';
  }
  return undefined;
}

/** A crisis plan step's texts as stored. */
export interface PlanStepLike {
  heading?: unknown;
  explanation?: unknown;
  examples?: unknown;
}

/** Every text of a crisis plan step, with the field it is in (relative to the step). */
export function planStepTexts(step: PlanStepLike | undefined): Array<{ field: string; text: string }> {
  if (!step) return [];
  const examples = Array.isArray(step.examples) ? step.examples : [];
  return [{ field: 'heading', text: step.heading }, { field: 'explanation', text: step.explanation }, ...examples.map((text, index) => ({ field: `examples[${index}]`, text }))].filter(
    (entry): entry is { field: string; text: string } => typeof entry.text === 'string',
  );
}

/**
 * The crisis plan's step on a safer surroundings speaks of distance and of asking someone for
 * help; naming a means or a place of harm there is refused (the content guide's safe-messaging rules).
 */
export function checkSaferSurroundings(step: PlanStepLike | undefined, language: string | undefined): string | undefined {
  const found = [...new Set(planStepTexts(step).flatMap(({ text }) => findMeans(text, language)))];
  if (!found.length) return undefined;
  return `Steget om en tryggare omgivning får inte nämna sätt eller platser att skada sig (${found.map((word) => `”${word}”`).join(', ')}). Skriv om att skapa avstånd och om att be någon du litar på om hjälp.`;
}

export function checkHelpContact({ phone, url }: { phone?: string; url?: string }): string | undefined {
  return phone?.trim() || url?.trim() ? undefined : 'Ange ett telefonnummer eller en webbadress, så att läsaren kan nå tjänsten.';
}

const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'];

/**
 * External links: web, e-mail and phone only, mirroring what the site renders. Control characters
 * and whitespace are stripped before reading the scheme, as browsers do ("java\tscript:").
 */
export function checkHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  if (scheme && !ALLOWED_SCHEMES.includes(scheme)) {
    return `Länkar som börjar med ”${scheme}:” är inte tillåtna. Använd en adress som börjar med https://, mailto: eller tel:.`;
  }
  if (!/^(https?:\/\/[^\s/]|mailto:\S|tel:\S)/i.test(href.trim())) {
    return 'Skriv hela adressen, till exempel https://www.1177.se, mailto:namn@example.se eller tel:90390. Länka till egna sidor med ”Intern länk”.';
  }
  return undefined;
}

/**
 * Phone numbers as shown to readers ("90 390", "1177", "+46 8 123 45"): the site derives the tel:
 * link from the digits. The build stops on the same rule (src/lib/phone.ts).
 */
export function checkPhone(phone: string | undefined): string | undefined {
  if (phone === undefined || isPhoneNumber(phone)) return undefined;
  return 'Skriv numret med siffror, gärna grupperade med mellanslag eller bindestreck, till exempel ”90 390”. Bara ett nummer per fält, utan ord eller parenteser.';
}

/**
 * "HH:MM"; `closes` may be "24:00" (end of day). Closing at or before opening runs past midnight.
 * The same rules as the build's (src/lib/opening-hours-rules.ts), which stops on anything else.
 */
export function checkTime(value: string | undefined, { endOfDay = false } = {}): string | undefined {
  if (value === undefined || isTime(value, { endOfDay })) return undefined;
  return `Skriv tiden som TT:MM, till exempel 08:00${endOfDay ? ' eller 24:00 för midnatt' : ''}.`;
}

export function checkTimeRange(opens: string | undefined, closes: string | undefined): string | undefined {
  if (!isTime(opens) || !isTime(closes, { endOfDay: true }) || isTimeRange(opens, closes)) return undefined;
  return `Linjen kan inte öppna och stänga samma minut (${opens}). Skriv 00:00–24:00 för hela dygnet.`;
}

export function checkTimeZone(zone: string | undefined): string | undefined {
  return zone === undefined || isTimeZone(zone) ? undefined : `”${zone}” är ingen tidszon. Använd till exempel ”Europe/Stockholm”.`;
}

export function checkWeekday(day: string | undefined): string | undefined {
  return day === undefined || isWeekday(day) ? undefined : `”${day}” är ingen veckodag. Välj en i listan.`;
}

/** Two exceptions for one date: the site could show only one of them. */
export function checkExceptionDates(exceptions: ReadonlyArray<{ date?: unknown }> | undefined): Array<{ message: string; index: number }> {
  return repeatedDates(exceptions ?? []).map(({ index, first }) => ({
    index,
    message: `Datumet ${String(exceptions![index]!.date)} har redan en avvikande öppettid (rad ${first + 1}). Behåll en av dem.`,
  }));
}

/** The contact service's addresses: https://, or http:// only for a service on this machine (development). */
export function checkServiceUrl(url: string | undefined): string | undefined {
  return url === undefined || isServiceAddress(url) ? undefined : 'Ange en fullständig adress som börjar med https://.';
}

const PATH_PROBLEMS: Record<PathProblem, string> = {
  empty: 'Skriv en adress.',
  'not-site-relative': 'Skriv bara adressen på webbplatsen, utan https:// och domän, till exempel /artiklar/gammal-adress/.',
  'query-or-fragment': 'Adressen får inte innehålla ? eller #. Skriv bara sökvägen, till exempel /artiklar/gammal-adress/.',
  characters: 'Adressen får bara innehålla a–z, A–Z, 0–9, - _ . ~ och /. Andra tecken (mellanslag, å, ä, ö) skrivs procentkodade, till exempel %C3%A5 för å.',
  'dot-segment': 'Adressen får inte innehålla ”.” eller ”..” som del.',
  'empty-segment': 'Adressen får inte innehålla två snedstreck i rad.',
  root: 'Startsidan kan inte flyttas.',
};

/** A redirect's path (from or to): a path on this site, written as the site writes its addresses. */
export function checkRedirectPath(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = sitePathProblem(value);
  if (problem) return PATH_PROBLEMS[problem];
  const normal = normaliseSitePath(value);
  return normal === value ? undefined : `Skriv adressen som webbplatsen skriver sina adresser: ”${normal}” (med snedstreck i slutet).`;
}

/** A redirect's old address: a path (checkRedirectPath) that is not one of the site's own pages or folders. */
export function checkRedirectFrom(value: string | undefined): string | undefined {
  const problem = checkRedirectPath(value);
  if (problem || value === undefined) return problem;
  if (FIXED_PATHS.includes(value)) return `${value} är en av webbplatsens egna sidor och kan inte flyttas.`;
  if (inBuildFolder(value)) return `Under /${value.split('/')[1]}/ ligger webbplatsens egna filer; där kan ingen adress flyttas.`;
  return undefined;
}

interface RedirectLike {
  from?: string;
  toDocument?: { _ref?: string };
  toPath?: string;
}

/** A redirect leads to exactly one place, and not back to where it starts. */
export function checkRedirectTarget({ from, toDocument, toPath }: RedirectLike): string | undefined {
  const hasDocument = !!toDocument?._ref;
  const hasPath = !!toPath?.trim();
  if (!hasDocument && !hasPath) return 'Välj vart adressen ska leda: ett dokument eller en adress.';
  if (hasDocument && hasPath) return 'Välj antingen ett dokument eller en adress att leda till, inte båda.';
  if (hasPath && from && !sitePathProblem(from) && !sitePathProblem(toPath) && normaliseSitePath(from) === normaliseSitePath(toPath!)) {
    return 'Adressen kan inte leda till sig själv.';
  }
  return undefined;
}
