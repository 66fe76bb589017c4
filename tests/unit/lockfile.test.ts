import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.ts';

// `npm ci` cannot be used here (the registry lacks other platforms' optional
// binaries), so the set-up commands run `npm install`. That must not rewrite
// the committed lockfile: `npm test` runs right after `npm install`, so the
// lockfile must still equal the committed one.
describe('package-lock.json', () => {
  it('is left unchanged by npm install', () => {
    const diff = execFileSync('git', ['diff', 'HEAD', '--', 'package-lock.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(diff, 'npm install changed package-lock.json: commit the updated lockfile').toBe('');
  });
});
