import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../.dependency-cruiser.mjs';
import { ROOT } from '../support/fixtures.ts';

/** The modules dependency-cruiser reads under `baseDir`/src and the layering violations it finds (`rule: from → to`). */
async function cruiseSrc(baseDir: string): Promise<{ modules: number; violations: string[] }> {
  const { output } = await cruise(['src'], {
    ...config.options,
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
  });
  const result = output as ICruiseResult;
  return {
    modules: result.modules.length,
    violations: result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort(),
  };
}

describe('layering of src/ (.dependency-cruiser.mjs)', () => {
  // A tiny tree that breaks every rule once (and uses what is allowed), so the
  // check is seen to fail.
  const broken = mkdtempSync(join(tmpdir(), 'plan-atlas-layering-'));
  afterAll(() => {
    rmSync(broken, { recursive: true, force: true });
  });
  const files: Record<string, string> = {
    'src/schema/plan.ts':
      "import { other } from './other.ts';\nimport { parse } from '../lib/plan/parse.ts';\nexport const plan = [other, parse];\n",
    'src/schema/other.ts': 'export const other = 1;\n',
    'src/lib/plan/parse.ts': "import { format } from '../targets/format.ts';\nexport const parse = format;\n",
    'src/lib/targets/format.ts':
      "import { readFileSync } from 'node:fs';\nimport { path } from '../site/paths.ts';\nexport const format = [readFileSync, path];\n",
    'src/lib/site/paths.ts': 'export const path = 1;\n',
    'src/lib/history/build.ts': "import { read } from '../io/read.ts';\nexport const build = read;\n",
    'src/lib/history/types.ts': "import type { Read } from '../io/read.ts';\nexport type Built = Read;\n",
    'src/lib/io/read.ts':
      "import { execFileSync } from 'node:child_process';\nimport { format } from '../targets/format.ts';\nexport type Read = unknown;\nexport const read = [execFileSync, format];\n",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(broken, file)), { recursive: true });
    writeFileSync(join(broken, file), text);
  }

  it('holds', async () => {
    const { modules, violations } = await cruiseSrc(ROOT);
    expect(modules).toBeGreaterThan(Object.keys(files).length);
    expect(violations).toEqual([]);
  });

  it('fails when a rule is broken', async () => {
    expect((await cruiseSrc(broken)).violations).toEqual([
      'plan-parser-knows-no-urls: src/lib/plan/parse.ts → src/lib/site/paths.ts',
      'pure-lib-imports-no-io: src/lib/history/build.ts → src/lib/io/read.ts',
      'pure-lib-reads-no-files: src/lib/targets/format.ts → fs',
      'schema-imports-only-zod: src/schema/plan.ts → src/lib/plan/parse.ts',
    ]);
  });
});
