// The accessibility statement's record of the automated test suite, written into a built site
// after a full green test run of THAT build (tests/run-all.mjs). The statement pages carry the
// build's id and, in `data-passed`, the sentence to show in their own language; this fills it in
// (date, page count, build id) as plain HTML, no script, and writes `accessibility-record.json`
// next to the pages. A build nobody tested keeps saying that its tests have not run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeHtml, findElements, htmlFiles } from './html.mjs';

export const RECORD_FILE = 'accessibility-record.json';

const BUILD_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * @typedef {{ buildId: string, passed: string, pages: number, checks: string[] }} AccessibilityRecord
 * `passed`: the day the suite passed (YYYY-MM-DD, Stockholm); `pages`: how many pages it checked;
 * `checks`: the ids of the statement checks its passing tests proved.
 */

/** The record's problems, or an empty list. @param {unknown} record @returns {string[]} */
export function recordProblems(record) {
  const problems = [];
  if (typeof record !== 'object' || record === null) return ['the record is not an object'];
  const { buildId, passed, pages, checks } = /** @type {Record<string, unknown>} */ (record);
  if (typeof buildId !== 'string' || !BUILD_ID.test(buildId)) problems.push(`buildId ${JSON.stringify(buildId)} is not a build id`);
  if (typeof passed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(passed) || new Date(`${passed}T00:00:00Z`).toISOString().slice(0, 10) !== passed)
    problems.push(`passed ${JSON.stringify(passed)} is not a date (YYYY-MM-DD)`);
  if (!Number.isInteger(pages) || pages < 1) problems.push(`pages ${JSON.stringify(pages)} is not a number of pages`);
  if (!Array.isArray(checks) || !checks.length || !checks.every((check) => typeof check === 'string' && /^[A-Za-z][\w-]*$/.test(check)))
    problems.push('checks is not a list of check ids');
  return problems;
}

/** @typedef {{ name: string, attributes: Readonly<Record<string, string>> }} Tag */
/** The record paragraph. @param {Tag} tag */
const isRecord = (tag) => tag.name === 'p' && 'data-a11y-record' in tag.attributes;
/** A statement check the page lists. @param {Tag} tag */
const isCheck = (tag) => 'data-a11y-check' in tag.attributes;

/** A page's record paragraphs and the checks it lists. @param {string} html */
function statementParts(html) {
  const found = findElements(html, (tag) => isRecord(tag) || isCheck(tag));
  return { records: found.filter(isRecord), checks: found.filter(isCheck).map((element) => element.attributes['data-a11y-check'] ?? '') };
}

/**
 * The statement pages of a built site: the file, its HTML, the build id its record paragraphs carry, the checks it lists.
 * @param {string} dist @returns {{ file: string, html: string, buildIds: string[], checks: string[] }[]}
 */
export function statementPages(dist) {
  return htmlFiles(dist).flatMap((name) => {
    const file = join(dist, name);
    const html = readFileSync(file, 'utf8');
    const { records, checks } = statementParts(html);
    if (!records.length) return [];
    return [{ file, html, buildIds: records.map((element) => element.attributes['data-build'] ?? ''), checks }];
  });
}

/**
 * The statement page's HTML with the record filled in; throws when the page is not this build's or lists other checks.
 * @param {string} html @param {AccessibilityRecord} record @param {string} [name] @returns {string}
 */
export function fillRecord(html, record, name = 'the page') {
  const { records, checks: listed } = statementParts(html);
  const missing = record.checks.filter((check) => !listed.includes(check));
  const unproved = listed.filter((check) => !record.checks.includes(check));
  if (missing.length || unproved.length)
    throw new Error(
      `${name} lists other checks than the run proved${unproved.length ? `; listed but not proved: ${unproved.join(', ')}` : ''}${missing.length ? `; proved but not listed: ${missing.join(', ')}` : ''}`,
    );
  let filled = html;
  // From the last paragraph to the first, so each one's place in the page is still where it was found.
  for (const paragraph of records.toReversed()) {
    const a = paragraph.attributes;
    if (a['data-build'] !== record.buildId) throw new Error(`${name} is build ${a['data-build'] || '(none)'}, the run tested build ${record.buildId}`);
    if (!a['data-passed']) throw new Error(`${name}: the record paragraph has no data-passed sentence`);
    const intl = a['data-intl'] || 'sv-SE';
    const date = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${record.passed}T00:00:00Z`));
    /** @type {Record<string, string>} */
    const values = {
      date: `<time datetime="${record.passed}">${escapeHtml(date)}</time>`,
      pages: `<bdi>${escapeHtml(new Intl.NumberFormat(intl).format(record.pages))}</bdi>`,
      build: `<bdi>${escapeHtml(record.buildId)}</bdi>`,
    };
    const text = escapeHtml(a['data-passed']).replace(/\{(\w+)\}/g, (placeholder, key) => values[key] ?? placeholder);
    const kept = Object.entries(a).filter(([attribute]) => attribute !== 'data-a11y-passed');
    const open = kept.map(([attribute, value]) => (value ? ` ${attribute}="${escapeHtml(value)}"` : ` ${attribute}`)).join('');
    filled = `${filled.slice(0, paragraph.start)}<p${open} data-a11y-passed="${record.passed}">${text}</p>${filled.slice(paragraph.end)}`;
  }
  return filled;
}

/**
 * Writes the record into the built site `dist`: every statement page shows it, and
 * `accessibility-record.json` holds it. Throws, changing nothing, when the record is malformed or
 * a statement page belongs to another build or lists other checks.
 * @param {string} dist @param {AccessibilityRecord} record @returns {string[]} the statement pages written, relative to dist
 */
export function writeAccessibilityRecord(dist, record) {
  const problems = recordProblems(record);
  if (problems.length) throw new Error(`The accessibility record is not usable: ${problems.join('; ')}`);
  const pages = statementPages(dist).map((page) => ({ ...page, name: relative(dist, page.file), patched: fillRecord(page.html, record, relative(dist, page.file)) }));
  for (const page of pages) writeFileSync(page.file, page.patched);
  const { buildId, passed, pages: count, checks } = record;
  writeFileSync(join(dist, RECORD_FILE), `${JSON.stringify({ buildId, passed, pages: count, checks }, null, 2)}\n`);
  return pages.map((page) => page.name);
}
