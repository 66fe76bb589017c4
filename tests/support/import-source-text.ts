import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSource, type ImportedPlan } from '../../src/lib/import/import-source.ts';
import { parseSidecar, sidecarName } from '../../src/lib/import/sidecar.ts';
import { readIndicators } from '../../src/lib/io/read-indicators.ts';
import type { SourceSidecar } from '../../src/schema/source-sidecar.ts';
import { ROOT } from './fixtures.ts';

/** The date the test imports are stamped with (it does not affect plan bodies). */
const TODAY = '2026-01-01';

function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * The sidecar's settings that name source lines by number (`intro_lines`),
 * moved to the lines of `text` that start with the same text: a copy of the
 * source converted to another format and back has other line numbers.
 */
function carryLineNumbers(sidecar: SourceSidecar, sourceFile: string, text: string): SourceSidecar {
  if (!sidecar.intro_lines?.length) return sidecar;
  const original = readFileSync(join(ROOT, 'data', 'sources', sourceFile), 'utf8').split('\n');
  const lines = text.split('\n').map(withoutWhitespace);
  const introLines = sidecar.intro_lines.map((line) => {
    const wanted = withoutWhitespace(original[line - 1] ?? '');
    const index = lines.findIndex((candidate) => wanted !== '' && candidate.startsWith(wanted));
    if (index < 0)
      throw new Error(
        `${sourceFile}:${String(line)}: the line is not found at the start of a line of the converted text`,
      );
    return index + 1;
  });
  return { ...sidecar, intro_lines: introLines };
}

/**
 * Imports the text of a source in `data/sources/` (or of a copy of it
 * converted to another format and back) as `npm run import` does, with that
 * source's sidecar (`data/sources/<file>.yaml`).
 */
export function importSourceText(text: string, sourceFile: string): ImportedPlan[] {
  const name = sidecarName(sourceFile);
  const parsed = parseSidecar(readFileSync(join(ROOT, 'data', 'sources', name), 'utf8'), name);
  if (!parsed.sidecar) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  const outcome = importSource(
    text,
    carryLineNumbers(parsed.sidecar, sourceFile, text),
    { text: sourceFile, original: null },
    { today: TODAY, registry: readIndicators(ROOT) },
  );
  if (outcome.problems.length > 0) throw new Error(`${sourceFile}: ${outcome.problems.join('\n')}`);
  return outcome.plans;
}
