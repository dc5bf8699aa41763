// Every built page is valid HTML: the W3C Nu validator (vnu-jar, needs Java) over all of dist/.
// Prints each error with its page and line; exits 1 if there is any. With --report FILE it also
// writes each page's error count there, so the test run counts every page as a test of its own.
// Usage: node tests/checks/html-valid.mjs [dist-dir] [--report FILE]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../../src/build/html.ts';

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const reportFile = reportAt >= 0 ? args.splice(reportAt, 2)[1] : undefined;
const dist = resolve(args[0] ?? fileURLToPath(new URL('../../dist/', import.meta.url)));
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

const files = htmlFiles(dist).map((file) => join(dist, file));
if (files.length === 0) {
  console.error(`No HTML pages in ${dist}: build the site first.`);
  process.exit(1);
}

const run = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`Could not run the Nu validator with "${java}": ${run.error.message}`);
  process.exit(1);
}

let messages;
try {
  messages = JSON.parse(run.stderr).messages;
} catch {
  console.error(`The Nu validator did not answer in JSON:\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

// The stylesheet is inlined into each page (for first paint), so the validator also reads the
// CSS Tailwind generates, and its CSS checker predates parts of it (@property, margin-trim,
// mix-blend-mode: plus-lighter). CSS was never this check's subject: it checks the HTML.
const isCss = (message) => message.message.startsWith('CSS: ');
const errors = messages.filter((message) => (message.type === 'error' || message.subType === 'fatal') && !isCss(message));
const cssSkipped = messages.filter(isCss).length;
const pageOf = (message) => (message.url ? relative(dist, fileURLToPath(message.url)) : '(unknown page)');
for (const error of errors) {
  const page = pageOf(error);
  console.error(`${page}:${error.lastLine ?? '?'}: ${error.message}${error.extract ? `\n    ${error.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`);
}
console.log(`Nu validator: ${files.length} pages, ${errors.length} errors${cssSkipped ? ` (${cssSkipped} messages about the inlined CSS left aside)` : ''}`);
if (reportFile) {
  const counts = Object.fromEntries(files.map((file) => [relative(dist, file), 0]));
  for (const error of errors) counts[pageOf(error)] = (counts[pageOf(error)] ?? 0) + 1;
  writeFileSync(reportFile, JSON.stringify(counts));
}
process.exit(errors.length ? 1 : 0);
