// A lint over dataset documents (parsed NDJSON) for what `sanity documents validate --file` cannot
// check, or reports only as a warning: every translated document's language; ruled-out phrasings in
// the rules of the document's language; a sensitive article's content note and help box in every
// language; slug format and reserved page paths (the CLI downgrades slug rules to warnings); slug
// uniqueness per type and language (the schema's check needs the Content Lake and is skipped
// offline); overdue reviews; the links between translations (translation.metadata); redirects
// (their paths and targets, two from one address, one from an address a document uses, chains and loops);
// the crisis plan's texts (one plan per language, no means of harm in the safer-surroundings step).
import { findForbiddenPhrasings, findPhrasingsInBody, phrasingMessage, type TextAt } from './language';
import {
  checkContentNote,
  checkPageSlug,
  checkRedirectFrom,
  checkRedirectPath,
  checkRedirectTarget,
  checkSaferSurroundings,
  checkSensitiveHelpBox,
  checkSlug,
  overdueMessage,
  planStepTexts,
  type PlanStepLike,
} from './rules';
import { SAFETY_PLAN_STEPS } from '../../src/lib/safety-plan';
import { isOverdue } from '../../src/lib/review';
import { CONTENT_LANGUAGES, DEFAULT_LANGUAGE, isContentLanguage, LANGUAGE_NAMES_SV, TRANSLATED_TYPES } from './languages';
import { normaliseSitePath, sitePathProblem } from '../../src/lib/redirects';
import { hrefFor } from '../../src/lib/routes';
import { todayIn } from '../../src/lib/today';

export interface Finding {
  id: string;
  field: string;
  message: string;
  level: 'error' | 'warning';
}

export interface LintDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

const TEXT_FIELDS = ['title', 'summary', 'contentNote', 'description', 'intro', 'keptNote', 'togetherTitle', 'togetherSummary'];

/** `body[_key=="a1"].children[_key=="s1"].text`, the form GROQ and Sanity's tooling use. */
const fieldPath = (root: string, path: TextAt['path']): string =>
  path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    if (typeof part === 'string') return `${out}.${part}`;
    return `${out}[_key=="${part._key}"]`;
  }, root);

const publishedId = (id: string) => id.replace(/^drafts\./, '');

export function lintDataset(docs: readonly LintDocument[], { today = todayIn() } = {}): Finding[] {
  const findings: Finding[] = [];
  const slugOwners = new Map<string, string>();
  const planOwners = new Map<string, string>();

  for (const doc of docs) {
    const { _id: id, _type: type } = doc;
    const translated = (TRANSLATED_TYPES as readonly string[]).includes(type);
    if (translated && !isContentLanguage(doc.language)) {
      const codes = CONTENT_LANGUAGES.map(({ id: code }) => `”${code}”`).join(', ');
      findings.push({
        id,
        field: 'language',
        message: doc.language === undefined ? `Dokumentet saknar språk. Ange ett av ${codes}.` : `${JSON.stringify(doc.language)} är inget av webbplatsens språk (${codes}).`,
        level: 'error',
      });
    }
    // Texts are checked by the rules of their own language; a document without one as Swedish.
    const language = typeof doc.language === 'string' ? doc.language : DEFAULT_LANGUAGE;

    for (const field of TEXT_FIELDS) {
      const value = doc[field];
      if (typeof value !== 'string') continue;
      for (const phrasing of findForbiddenPhrasings(value, language)) {
        findings.push({ id, field, message: phrasingMessage(phrasing), level: 'warning' });
      }
    }
    for (const { path, ...phrasing } of findPhrasingsInBody(doc.body, language)) {
      findings.push({ id, field: fieldPath('body', path), message: phrasingMessage(phrasing), level: 'warning' });
    }

    if (type === 'safetyPlan') findings.push(...lintSafetyPlan(doc, language, planOwners));

    if (type === 'article') {
      const article = { sensitive: doc.sensitive === true, contentNote: typeof doc.contentNote === 'string' ? doc.contentNote : undefined, body: doc.body };
      const noteProblem = checkContentNote(article);
      if (noteProblem) findings.push({ id, field: 'contentNote', message: noteProblem, level: 'error' });
      const helpBoxProblem = checkSensitiveHelpBox(article);
      if (helpBoxProblem) findings.push({ id, field: 'body', message: helpBoxProblem, level: 'error' });
    }

    const slug = (doc.slug as { current?: unknown } | undefined)?.current;
    if (typeof slug === 'string') {
      const problem = checkSlug(slug) ?? (type === 'page' ? checkPageSlug(slug) : undefined);
      if (problem) findings.push({ id, field: 'slug', message: problem, level: 'error' });
      // Each language has its own addresses, so only documents of one type and language compete.
      // A draft and its published document share a slug legitimately.
      const key = `${type}\u0000${language}\u0000${slug}`;
      const owner = slugOwners.get(key);
      if (owner === undefined) slugOwners.set(key, id);
      else if (publishedId(owner) !== publishedId(id)) {
        const named = isContentLanguage(language) ? ` på ${LANGUAGE_NAMES_SV[language]}` : '';
        findings.push({ id, field: 'slug', message: `Adressen ”${slug}” används redan${named} av ${owner}; ${id} måste ha en egen adress.`, level: 'error' });
      }
    }

    if (type === 'article' && typeof doc.nextReview === 'string' && isOverdue(doc.nextReview, today)) {
      findings.push({ id, field: 'nextReview', message: overdueMessage(doc.nextReview), level: 'warning' });
    }
  }
  return [...findings, ...lintTranslations(docs), ...lintRedirects(docs)];
}

/** A crisis plan document: its steps' texts by their language's rules, and one plan per language (the site has one plan page each). */
function lintSafetyPlan(doc: LintDocument, language: string, owners: Map<string, string>): Finding[] {
  const findings: Finding[] = [];
  const { _id: id } = doc;
  for (const step of SAFETY_PLAN_STEPS) {
    const value = doc[step] as PlanStepLike | undefined;
    for (const { field, text } of planStepTexts(value)) {
      for (const phrasing of findForbiddenPhrasings(text, language)) findings.push({ id, field: `${step}.${field}`, message: phrasingMessage(phrasing), level: 'warning' });
    }
    const means = step === 'saferSurroundings' ? checkSaferSurroundings(value, language) : undefined;
    if (means) findings.push({ id, field: step, message: means, level: 'error' });
  }
  const owner = owners.get(language);
  if (owner === undefined) owners.set(language, id);
  else if (publishedId(owner) !== publishedId(id)) {
    const named = isContentLanguage(language) ? LANGUAGE_NAMES_SV[language] : language;
    findings.push({ id, field: 'language', message: `Det finns redan en krisplan på ${named} (${owner}). Webbplatsen har en krisplan per språk.`, level: 'error' });
  }
  return findings;
}

interface RedirectDocument extends LintDocument {
  from?: string;
  toPath?: string;
  toDocument?: { _ref?: string };
}

function lintRedirects(docs: readonly LintDocument[]): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  // Addresses published documents use (the site's own pages are checkRedirectFrom's).
  const used = new Map<string, string>();
  for (const doc of docs) {
    const slug = (doc.slug as { current?: unknown } | undefined)?.current;
    // Swedish addresses: the ones hrefFor makes (other languages live under their own prefixes).
    const swedish = (doc.language ?? DEFAULT_LANGUAGE) === DEFAULT_LANGUAGE;
    const path = typeof slug === 'string' && swedish ? hrefFor({ _type: doc._type, slug }) : undefined;
    if (path && !doc._id.startsWith('drafts.')) used.set(path, doc._id);
  }

  const redirects = docs.filter((doc): doc is RedirectDocument => doc._type === 'redirect');
  const froms = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const doc of redirects) {
    const { _id: id, from, toPath, toDocument } = doc;
    const fromProblem = from === undefined ? 'Skriv den gamla adressen, till exempel /artiklar/gammal-adress/.' : checkRedirectFrom(from);
    if (fromProblem) findings.push({ id, field: 'from', message: fromProblem, level: 'error' });
    const toProblem = checkRedirectPath(toPath);
    if (toProblem) findings.push({ id, field: 'toPath', message: toProblem, level: 'error' });
    const targetProblem = checkRedirectTarget(doc);
    if (targetProblem) findings.push({ id, field: 'toPath', message: targetProblem, level: 'error' });
    if (toDocument?._ref && !byId.has(toDocument._ref)) {
      findings.push({ id, field: 'toDocument', message: `Dokumentet ${toDocument._ref} finns inte; omdirigeringen tas bort när webbplatsen byggs.`, level: 'warning' });
    }
    if (!from || sitePathProblem(from)) continue;
    const path = normaliseSitePath(from);
    const owner = used.get(path);
    if (owner) findings.push({ id, field: 'from', message: `På ${path} finns en publicerad sida (${owner}). En adress som används kan inte flyttas.`, level: 'error' });
    const other = froms.get(path);
    if (other !== undefined && publishedId(other) !== publishedId(id)) {
      findings.push({ id, field: 'from', message: `Det finns redan en omdirigering från ${path} (${other}).`, level: 'error' });
    }
    if (other === undefined) froms.set(path, id);
    if (toPath && !sitePathProblem(toPath) && !toDocument?._ref) targets.set(path, normaliseSitePath(toPath));
  }

  // A path target that is itself redirected: a chain (served as one hop) or a loop.
  for (const [from, to] of targets) {
    const id = froms.get(from)!;
    const seen = [from];
    for (let next = to; targets.has(next) || froms.has(next); next = targets.get(next) ?? '') {
      if (seen.includes(next)) {
        findings.push({ id, field: 'toPath', message: `Omdirigeringarna leder runt i en cirkel (${[...seen, next].join(' → ')}). Låt en av dem leda till en sida.`, level: 'error' });
        break;
      }
      if (next === to) findings.push({ id, field: 'toPath', message: `${to} flyttas själv vidare. Låt omdirigeringen leda direkt till den slutliga sidan.`, level: 'warning' });
      seen.push(next);
      if (!targets.has(next)) break;
    }
  }
  return findings;
}

interface TranslationEntry {
  _key?: string;
  language?: unknown;
  value?: { _ref?: unknown };
}

/**
 * translation.metadata documents (@sanity/document-internationalization): each links at most one
 * document per language, of one type, and every linked document has the language the link says.
 */
function lintTranslations(docs: readonly LintDocument[]): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  const linkedFrom = new Map<string, string>();
  for (const meta of docs) {
    if (meta._type !== 'translation.metadata') continue;
    const entries = Array.isArray(meta.translations) ? (meta.translations as TranslationEntry[]) : [];
    const seen = new Map<string, string>();
    const types = new Set<string>();
    entries.forEach((entry, index) => {
      const field = `translations[${entry?._key ? `_key=="${entry._key}"` : index}]`;
      const ref = typeof entry?.value?._ref === 'string' ? entry.value._ref : undefined;
      const language = entry?.language;
      if (!isContentLanguage(language)) {
        findings.push({ id: meta._id, field: `${field}.language`, message: `${JSON.stringify(language)} är inget av webbplatsens språk.`, level: 'error' });
        return;
      }
      const earlier = seen.get(language);
      if (earlier !== undefined) findings.push({ id: meta._id, field, message: `Två översättningar till ${LANGUAGE_NAMES_SV[language]} (${earlier} och ${ref}). Behåll en.`, level: 'error' });
      seen.set(language, ref ?? '');
      if (!ref) return;
      const target = byId.get(ref);
      if (!target) {
        findings.push({ id: meta._id, field: `${field}.value`, message: `Dokumentet ${ref} finns inte; länken till översättningen hoppas över.`, level: 'warning' });
        return;
      }
      types.add(target._type);
      if (target.language !== language) {
        findings.push({ id: meta._id, field: `${field}.value`, message: `${ref} är länkad som ${LANGUAGE_NAMES_SV[language]} men har språket ${JSON.stringify(target.language)}.`, level: 'error' });
      }
      const other = linkedFrom.get(ref);
      if (other !== undefined) findings.push({ id: meta._id, field: `${field}.value`, message: `${ref} är redan länkad till sina översättningar i ${other}.`, level: 'error' });
      linkedFrom.set(ref, meta._id);
    });
    if (types.size > 1) findings.push({ id: meta._id, field: 'translations', message: `Översättningarna är av olika typer (${[...types].join(', ')}); en länk gäller bara en typ.`, level: 'error' });
  }
  return findings;
}
