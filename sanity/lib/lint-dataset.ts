// A lint over dataset documents (parsed NDJSON) for what `sanity documents validate --file` cannot
// check, or reports only as a warning: ruled-out phrasings; slug format and reserved page paths (the
// CLI downgrades slug rules to warnings); slug uniqueness per type (the schema's check needs the
// Content Lake and is skipped offline); overdue reviews; redirects (their paths and targets, two
// from one address, one from an address a document uses, chains and loops).
import { findForbiddenPhrasings, findPhrasingsInBody, phrasingMessage, type TextAt } from './language';
import { checkPageSlug, checkRedirectFrom, checkRedirectPath, checkRedirectTarget, checkSlug, isOverdue, overdueMessage } from './rules';
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

const TEXT_FIELDS = ['title', 'summary', 'contentNote', 'description'];

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

  for (const doc of docs) {
    const { _id: id, _type: type } = doc;

    for (const field of TEXT_FIELDS) {
      const value = doc[field];
      if (typeof value !== 'string') continue;
      for (const phrasing of findForbiddenPhrasings(value)) {
        findings.push({ id, field, message: phrasingMessage(phrasing), level: 'warning' });
      }
    }
    for (const { path, ...phrasing } of findPhrasingsInBody(doc.body)) {
      findings.push({ id, field: fieldPath('body', path), message: phrasingMessage(phrasing), level: 'warning' });
    }

    const slug = (doc.slug as { current?: unknown } | undefined)?.current;
    if (typeof slug === 'string') {
      const problem = checkSlug(slug) ?? (type === 'page' ? checkPageSlug(slug) : undefined);
      if (problem) findings.push({ id, field: 'slug', message: problem, level: 'error' });
      // A draft and its published document share a slug legitimately.
      const key = `${type}\u0000${slug}`;
      const owner = slugOwners.get(key);
      if (owner === undefined) slugOwners.set(key, id);
      else if (publishedId(owner) !== publishedId(id)) {
        findings.push({ id, field: 'slug', message: `Adressen ”${slug}” används redan av ${owner}; ${id} måste ha en egen adress.`, level: 'error' });
      }
    }

    if (type === 'article' && typeof doc.nextReview === 'string' && isOverdue(doc.nextReview, today)) {
      findings.push({ id, field: 'nextReview', message: overdueMessage(doc.nextReview), level: 'warning' });
    }
  }
  return [...findings, ...lintRedirects(docs)];
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
    const path = typeof slug === 'string' ? hrefFor({ _type: doc._type, slug }) : undefined;
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
