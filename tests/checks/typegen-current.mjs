// Fails when the committed schema extract or TypeGen types are out of date: it regenerates both
// from the Studio schema and the queries, and compares. The fresh files are left in place, so
// after a failure the fix is to commit them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const files = ['sanity/schema.json', 'src/sanity.types.ts'];
const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};
const before = files.map(read);
execFileSync('npm', ['run', '--silent', 'typegen'], { stdio: 'inherit' });
const stale = files.filter((file, index) => read(file) !== before[index]);
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. They have been regenerated; commit them.`);
  process.exit(1);
}
console.log('Schema extract and TypeGen types are current.');
