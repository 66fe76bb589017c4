import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSource, type ImportedPlan } from '../../src/lib/import/import-source.ts';
import { profileOf, type SourceProfile } from '../../src/lib/import/source-profiles.ts';
import { ROOT } from './fixtures.ts';

/** The date the test imports are stamped with (it does not affect plan bodies). */
const TODAY = '2026-01-01';

function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * The profile's settings that name source lines by number (`introLines`),
 * moved to the lines of `text` that start with the same text: a copy of the
 * source converted to another format and back has other line numbers.
 */
function carryLineNumbers(profile: SourceProfile, text: string): SourceProfile {
  if (!profile.introLines?.length) return profile;
  const original = readFileSync(join(ROOT, 'data', 'sources', profile.file), 'utf8').split('\n');
  const lines = text.split('\n').map(withoutWhitespace);
  const introLines = profile.introLines.map((line) => {
    const wanted = withoutWhitespace(original[line - 1] ?? '');
    const index = lines.findIndex((candidate) => wanted !== '' && candidate.startsWith(wanted));
    if (index < 0)
      throw new Error(`${profile.file}:${line}: the line is not found at the start of a line of the converted text`);
    return index + 1;
  });
  return { ...profile, introLines };
}

/**
 * Imports the text of a source in `data/sources/` (or of a copy of it
 * converted to another format and back) as `npm run import` does, with that
 * source's import settings. The one place the tests get those settings from
 * (today the profiles in source-profiles.ts).
 */
export function importSourceText(text: string, sourceFile: string): ImportedPlan[] {
  const profile = profileOf(sourceFile);
  if (!profile) throw new Error(`${sourceFile}: no import profile`);
  return importSource(text, carryLineNumbers(profile, text), { today: TODAY });
}
