/**
 * Imports source texts into draft plan files.
 *
 *   npm run import -- data/sources/000_2215560c8b7cdbb1.txt [more sources…] [--today YYYY-MM-DD] [--dry-run] [--force]
 *
 * A source may be given as a path or as a file name in data/sources/. Each plan
 * found is written to content/plans/<district>/<plan>.md. A file that carries a
 * `<!-- hand-edited: … -->` comment is not overwritten without --force. The
 * date of the first version is today (`PLAN_ATLAS_TODAY` or --today override it).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readTextFile } from '../src/lib/content/read-content.ts';
import { isoToday } from '../src/lib/content/today.ts';
import { importSource } from '../src/lib/import/import-source.ts';
import { profileOf } from '../src/lib/import/source-profiles.ts';

const ROOT = join(import.meta.dirname, '..');

interface Arguments {
  sources: string[];
  today: string;
  dryRun: boolean;
  force: boolean;
}

function parseArguments(argv: readonly string[]): Arguments {
  const result: Arguments = { sources: [], today: isoToday(), dryRun: false, force: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--today') result.today = argv[++index] ?? '';
    else if (argument === '--dry-run') result.dryRun = true;
    else if (argument === '--force') result.force = true;
    else result.sources.push(argument);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(result.today)) throw new Error(`--today must be YYYY-MM-DD, not ${result.today}`);
  return result;
}

function sourcePath(argument: string): string {
  if (existsSync(argument)) return argument;
  const inSources = join(ROOT, 'data', 'sources', argument);
  if (existsSync(inSources)) return inSources;
  throw new Error(`no such source: ${argument}`);
}

function main(): number {
  const args = parseArguments(process.argv.slice(2));
  if (args.sources.length === 0) {
    console.error('usage: npm run import -- <source.txt> … [--today YYYY-MM-DD] [--dry-run] [--force]');
    return 2;
  }
  let status = 0;
  for (const argument of args.sources) {
    const path = sourcePath(argument);
    const profile = profileOf(basename(path));
    if (!profile) {
      console.error(`${argument}: no profile in src/lib/import/source-profiles.ts`);
      status = 1;
      continue;
    }
    for (const plan of importSource(readTextFile(path), profile, { today: args.today })) {
      const target = join(ROOT, plan.path);
      for (const warning of plan.warnings) console.warn(`${profile.file}:${warning.line}: ${warning.message}`);
      if (existsSync(target) && !args.force && readTextFile(target).includes('<!-- hand-edited:')) {
        console.warn(`${plan.path}: has hand edits, not overwritten (use --force)`);
        continue;
      }
      if (args.dryRun) {
        console.log(`${plan.path} (dry run, ${plan.markdown.length} characters)`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, plan.markdown);
      console.log(`${plan.path} ← ${profile.file} lines ${plan.frontMatter.source.body_lines.join('–')}`);
    }
  }
  return status;
}

process.exitCode = main();
