// A lint over dataset documents (parsed NDJSON) for what `sanity documents validate --file` cannot
// check, or reports only as a warning: ruled-out phrasings; slug format and reserved page paths (the
// CLI downgrades slug rules to warnings); slug uniqueness per type (the schema's check needs the
// Content Lake and is skipped offline); overdue reviews.
import { findForbiddenPhrasings, findPhrasingsInBody, phrasingMessage, type TextAt } from './language';
import { checkPageSlug, checkSlug, isOverdue, overdueMessage, todayInStockholm } from './rules';

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

export function lintDataset(docs: readonly LintDocument[], { today = todayInStockholm() } = {}): Finding[] {
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
  return findings;
}
