// Redirects as the build serves them: each from an old address straight to a live page, in one
// hop. What would break visitors stops the build (a redirect from an address a page uses, two
// redirects from one address, a loop); what only loses a redirect is left out with a warning
// naming the document and field (a target that is missing or unpublished, an unusable path).
import type { REDIRECTS_QUERY_RESULT } from '../sanity.types';
import { inBuildFolder, normaliseSitePath, sitePathProblem } from '../lib/redirects';
import { LOCALES } from '../i18n/locales';
import { homePath, hrefFor, notFoundPath } from '../lib/routes';
import { REDIRECTS_QUERY } from './queries';
import { ContentError, type ContentReport } from './report';
import type { QueryRunner } from './source';

export type Redirect = {
  _id: string;
  /** The old address, with a trailing slash. */
  from: string;
  /** A live page's address. */
  to: string;
  status: 301 | 302;
  /** The target page's title, when it is a document of the site. */
  title: string | null;
};

const NOT_FOUND_PATHS: ReadonlySet<string> = new Set(LOCALES.map(notFoundPath));

type Candidate = { _id: string; from: string; to: string; permanent: boolean; field: 'toDocument' | 'toPath' };

/** Checks the redirects against each other and the live pages; see the module comment for what fails how. */
function resolveRedirects(raw: REDIRECTS_QUERY_RESULT, live: ReadonlyMap<string, string | null>, report: ContentReport): Redirect[] {
  const candidates: Candidate[] = [];
  const owners = new Map<string, string>();
  for (const doc of raw) {
    const fromProblem = sitePathProblem(doc.from);
    if (fromProblem) {
      report.warn(doc._id, 'from', `"${doc.from ?? ''}" is not a path on this site (${fromProblem}); the redirect is left out`);
      continue;
    }
    const from = normaliseSitePath(doc.from!);
    const other = owners.get(from);
    if (other) {
      throw new ContentError(`Two redirects from ${from}: documents "${other}" and "${doc._id}" (field from) both claim it. Delete one of them.`, [
        { documentId: other, field: 'from' },
        { documentId: doc._id, field: 'from' },
      ]);
    }
    owners.set(from, doc._id);
    // The Studio writes a slug change's redirect next to the publish; a build between the two sees
    // the document still at its old address. That redirect waits for the publish, it is no conflict.
    if (live.has(from) && doc.toDocumentRef && hrefFor(doc.toDocument) === from) {
      report.warn(doc._id, 'from', `${from} is still the address of the document it leads to (its new slug is not published yet); the redirect is left out until it is`);
      continue;
    }
    if (live.has(from)) {
      throw new ContentError(`Redirect "${doc._id}" (field from) moves ${from}, but a published page is served at that address. Delete the redirect or give the page another slug.`, [
        { documentId: doc._id, field: 'from' },
      ]);
    }
    if (NOT_FOUND_PATHS.has(from)) {
      throw new ContentError(`Redirect "${doc._id}" (field from) moves ${from}, where the site builds its 404 page with the help contacts. Delete the redirect.`, [
        { documentId: doc._id, field: 'from' },
      ]);
    }
    if (inBuildFolder(from)) {
      throw new ContentError(`Redirect "${doc._id}" (field from) moves ${from}, inside /${from.split('/')[1]}/ where the build writes the site's own files. Delete the redirect.`, [
        { documentId: doc._id, field: 'from' },
      ]);
    }

    const permanent = doc.permanent !== false;
    if (doc.toDocumentRef) {
      if (doc.toPath) report.warn(doc._id, 'toPath', 'is ignored: the redirect also names a document (toDocument), which wins');
      const to = hrefFor(doc.toDocument);
      if (!to || !live.has(to)) {
        report.warn(doc._id, 'toDocument', 'refers to a document that is missing, unpublished or has no page; the redirect is left out');
        continue;
      }
      candidates.push({ _id: doc._id, from, to, permanent, field: 'toDocument' });
    } else if (doc.toPath) {
      const toProblem = sitePathProblem(doc.toPath);
      if (toProblem && toProblem !== 'root') {
        report.warn(doc._id, 'toPath', `"${doc.toPath}" is not a path on this site (${toProblem}); the redirect is left out`);
        continue;
      }
      candidates.push({ _id: doc._id, from, to: toProblem === 'root' ? homePath() : normaliseSitePath(doc.toPath), permanent, field: 'toPath' });
    } else {
      report.warn(doc._id, 'toDocument', 'is empty, and so is toPath: the redirect leads nowhere and is left out');
    }
  }

  const byFrom = new Map(candidates.map((candidate) => [candidate.from, candidate]));
  const redirects: Redirect[] = [];
  for (const start of candidates) {
    // Follow the chain to its end, so every old address answers with one hop.
    const hops = [start];
    let permanent = start.permanent;
    let to = start.to;
    for (let next = byFrom.get(to); next; next = byFrom.get(to)) {
      if (hops.includes(next)) {
        const loop = hops.slice(hops.indexOf(next));
        throw new ContentError(
          `Redirects loop: ${loop.map((hop) => `"${hop._id}" (${hop.field}) ${hop.from} → ${hop.to}`).join(', ')}. Visitors would never arrive. Point one of them at a page.`,
          loop.map((hop) => ({ documentId: hop._id, field: hop.field })),
        );
      }
      hops.push(next);
      permanent &&= next.permanent;
      to = next.to;
    }
    if (!live.has(to)) {
      report.warn(start._id, start.field, `leads to ${to}, where the site serves no page; the redirect is left out`);
      continue;
    }
    if (hops.length > 1) {
      report.warn(
        start._id,
        start.field,
        `leads to ${start.to}, which is itself redirected (${hops
          .slice(1)
          .map((hop) => `"${hop._id}"`)
          .join(' → ')}); it is served as one hop to ${to}. Point it at ${to} directly.`,
      );
    }
    redirects.push({ _id: start._id, from: start.from, to, status: permanent ? 301 : 302, title: live.get(to) ?? null });
  }
  return redirects;
}

/** Loads the redirects and checks them against the pages this build serves. */
export async function loadRedirects(run: QueryRunner, live: ReadonlyMap<string, string | null>, report: ContentReport): Promise<Redirect[]> {
  return resolveRedirects(await run<REDIRECTS_QUERY_RESULT>(REDIRECTS_QUERY), live, report);
}
