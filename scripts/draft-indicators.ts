/**
 * Drafts the quantitative targets of plan files with the target extractor.
 *
 *   node --experimental-strip-types scripts/draft-indicators.ts [--write] [--force] <plan.md …>
 *
 * Without --write it prints the proposals (YAML) and the figures in 主要目标
 * items they leave uncovered. With --write it fills `indicators:` of each plan
 * whose list is empty; --force also overwrites a list that is not empty
 * (reviewed entries are lost: use with care). The draft must then be reviewed
 * by hand against the text (see docs/content-model.md).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../src/lib/io/read-content.ts';
import { draftIndicators, replaceFrontMatterKeys, stringifyKey } from '../src/lib/targets/draft-indicators.ts';
import { readIndicators } from '../src/lib/io/read-indicators.ts';

const ROOT = join(import.meta.dirname, '..');

const argv = process.argv.slice(2);
const write = argv.includes('--write');
const force = argv.includes('--force');
const files = argv.filter((argument) => !argument.startsWith('--'));
const unknown = argv.filter(
  (argument) => argument.startsWith('--') && argument !== '--write' && argument !== '--force',
);
if (unknown.length > 0 || files.length === 0) {
  console.error('usage: node --experimental-strip-types scripts/draft-indicators.ts [--write] [--force] <plan.md …>');
  process.exit(2);
}

const registry = readIndicators(ROOT);
for (const file of files) {
  const text = readTextFile(file);
  const draft = draftIndicators(text, registry);
  if (!write) {
    console.log(`# ${file}: ${String(draft.entries.length)} proposed, ${String(draft.current.length)} in the file`);
    process.stdout.write(stringifyKey('indicators', { value: draft.entries }));
    for (const figure of draft.uncovered) console.log(`# uncovered: ${figure.target} ${figure.figure}`);
    console.log();
    continue;
  }
  if (draft.current.length > 0 && !force) {
    console.log(
      `${file}: indicators already filled (${String(draft.current.length)} entries), skipped (--force to overwrite)`,
    );
    continue;
  }
  writeFileSync(file, replaceFrontMatterKeys(text, { indicators: { value: draft.entries } }));
  console.log(`${file}: wrote ${String(draft.entries.length)} proposed entries; review them by hand`);
  for (const figure of draft.uncovered) console.log(`  uncovered: ${figure.target} ${figure.figure}`);
}
