// The Studio (SANITY_STUDIO_* is inlined into its bundle) and the CLI read the project from the
// environment. The fallbacks let `schema validate`, `schema extract`, `build` and offline
// `documents validate --file` run without a Sanity account; no API is contacted by those.
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'offline-placeholder';
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production';
export const apiVersion = '2025-02-19';
/** The draft preview server (npm run preview-server) the Presentation tool shows pages from. */
export const previewUrl = process.env.SANITY_STUDIO_PREVIEW_URL || 'http://localhost:4322';
/** The publish worker's `GET /status` address, for the "Publicering" tool; empty: the tool says it is not set. */
export const publishStatusUrl = process.env.SANITY_STUDIO_PUBLISH_STATUS_URL?.trim() || '';
/** The worker's PUBLISH_STATUS_TOKEN, sent as a bearer token; empty for a worker whose status is public. */
export const publishStatusToken = process.env.SANITY_STUDIO_PUBLISH_STATUS_TOKEN?.trim() || '';
