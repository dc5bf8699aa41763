// The build report's shape: the JSON a build writes (src/data/build-report.ts) and the publish
// worker reads (src/publish/). Its own module, free of the build's content loading, so the
// worker's code (run by Node as it is) depends on nothing but this.
import type { Locale } from '../i18n/locales.ts';
import type { BuildWarning, DocumentRef } from './publish-status.ts';

export type { BuildWarning, DocumentRef };

/** A published document: `path` is its address, in its language. */
type Listed = { _id: string; slug: string; language: Locale; path: string; title: string };

export type BuildListing = {
  articles: Array<Listed & { nextReview: string | null }>;
  pages: Listed[];
  topics: Listed[];
  /** The redirect documents the build serves, by their old address. */
  redirects: Array<{ _id: string; from: string }>;
  /** Each language version's crisis plan page and relatives' guide, where it has them (absent in reports of older builds). */
  safetyPlans?: Array<{ _id: string; language: Locale; path: string; title: string }>;
  /** Each language version's start and contact pages. */
  languages: Array<{ language: Locale; home: string; contact: string }>;
  /** The help line every page links to, as the pages write it. */
  contact: { documentId: string; phoneNumber: string; tel: string };
  /** When the content last changed (its newest `_updatedAt`); the record of a green test run names it. */
  updatedAt: string | null;
};

export type BuildReport = ({ warnings: BuildWarning[] } & BuildListing) | { warnings: BuildWarning[]; error: { message: string; documents: DocumentRef[] } };
