import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepEditorialKeys } from '../../src/lib/import/front-matter.ts';
import { importSource } from '../../src/lib/import/import-source.ts';
import { parseSidecar } from '../../src/lib/import/sidecar.ts';
import { readIndicators } from '../../src/lib/io/read-indicators.ts';
import { ROOT } from '../support/fixtures.ts';

// The five sources re-import from their sidecars (data/sources/<file>.yaml)
// into exactly the published plan files: every byte of the front matter the
// importer writes (title, notice, source lines…) and of the body. The
// editorial keys (version, changes and the hand-reviewed indicators) are
// kept from the existing file, as `npm run import` does on a re-import.
const SOURCES = readdirSync(join(ROOT, 'data', 'sources')).filter((name) => name.endsWith('.txt.yaml'));
const registry = readIndicators(ROOT);

describe('the five seeds re-import identically from their sidecars', () => {
  it('finds the five sidecars', () => {
    expect(SOURCES).toHaveLength(5);
  });
  for (const sidecarFile of SOURCES) {
    const file = sidecarFile.replace(/\.yaml$/u, '');
    it(file, () => {
      const parsed = parseSidecar(readFileSync(join(ROOT, 'data', 'sources', sidecarFile), 'utf8'), sidecarFile);
      if (!parsed.sidecar) throw new Error(JSON.stringify(parsed.issues));
      const text = readFileSync(join(ROOT, 'data', 'sources', file), 'utf8');
      const outcome = importSource(
        text,
        parsed.sidecar,
        { text: file, original: null },
        { today: '2026-11-25', registry },
      );
      expect(outcome.problems).toEqual([]);
      expect(outcome.plans.length).toBeGreaterThan(0);
      for (const plan of outcome.plans) {
        const published = readFileSync(join(ROOT, plan.path), 'utf8');
        expect(keepEditorialKeys(plan.markdown, published), plan.path).toBe(published);
        // The fresh import drafts targets, every one marked as a draft.
        expect(plan.drafts.length, plan.path).toBeGreaterThan(0);
        expect(plan.drafts.every((entry) => !entry.reviewed)).toBe(true);
        expect(plan.markdown).toContain('reviewed: false');
      }
    });
  }
});
