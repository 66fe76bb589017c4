// Starts a new version of a plan: `npm run new-version -- <plan file> "<note>"`.
// Bumps `version`, sets `updated` to today and adds the change note first in `changes`.
import { writeFileSync } from 'node:fs';
import { readTextFile } from '../src/lib/io/read-content.ts';
import { isoToday } from '../src/lib/io/today.ts';
import { bumpVersion } from '../src/lib/history/bump-version.ts';

const [file, note] = process.argv.slice(2);
if (!file || !note?.trim()) {
  console.error('usage: npm run new-version -- content/plans/<district>/<plan>.md "<修改说明>"');
  process.exit(2);
}
const { text, version } = bumpVersion(readTextFile(file), note.trim(), isoToday());
writeFileSync(file, text);
console.log(`${file}: version ${String(version)}, updated ${isoToday()}: ${note.trim()}`);
console.log('Next: npm run check, preview with npm run dev, then commit.');
