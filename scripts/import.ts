/**
 * Imports plan documents into draft plan files.
 *
 *   npm run import -- <source> --district <slug or 6-digit code> [--plan women|children] [--title "…"]
 *                     [--period 2021-2030] [--dry-run] [--force] [--today YYYY-MM-DD]
 *   npm run import -- --batch <manifest.csv> [--dry-run] [--force] [--today YYYY-MM-DD]
 *
 * A source is a path or a file name in data/sources/. It is kept there exactly
 * as received, with its extracted text beside it where it is not a plain UTF-8
 * text, and a sidecar `<source>.yaml` holding what the text cannot say; the
 * first import writes the sidecar, later ones read it (so `npm run import --
 * data/sources/<file>` re-imports). Each plan found is written to
 * content/plans/<district>/<plan>.md with its targets drafted (`reviewed:
 * false`). The manifest has the columns `source,district,plan,title` (title
 * optional). Exit status 1 when any source needs a human; 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { isoToday } from '../src/lib/io/today.ts';
import { importDocument, type ImportReport, type ImportRequest } from '../src/lib/io/import-document.ts';

const ROOT = join(import.meta.dirname, '..');
const USAGE = `usage: npm run import -- <source> --district <slug|code> [--plan women|children] [--title "…"] [--period 2021-2030] [--dry-run] [--force]
       npm run import -- --batch <manifest.csv> [--dry-run] [--force]`;

interface Arguments {
  sources: string[];
  batch: string | null;
  options: Omit<ImportRequest, 'source'>;
}

/** `2021-2030` (or `2021—2030`) as a period. */
function parsePeriod(text: string): { start: number; end: number } {
  const match = /^(\d{4})\s*[-—–]\s*(\d{4})$/u.exec(text.trim());
  if (!match) throw new Error(`--period must be written 2021-2030, not ${text}`);
  return { start: Number(match[1]), end: Number(match[2]) };
}

/** `women`/`children` (or 妇女/儿童). */
function parsePlan(text: string): 'women' | 'children' {
  if (text === 'women' || text === '妇女') return 'women';
  if (text === 'children' || text === '儿童') return 'children';
  throw new Error(`--plan must be women or children, not ${text}`);
}

function parseArguments(argv: readonly string[]): Arguments {
  const result: Arguments = { sources: [], batch: null, options: { dryRun: false, force: false, today: isoToday() } };
  const value = (index: number, flag: string): string => {
    const next = argv[index];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
    return next;
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--today') result.options.today = value(++index, argument);
    else if (argument === '--dry-run') result.options.dryRun = true;
    else if (argument === '--force') result.options.force = true;
    else if (argument === '--district') result.options.district = value(++index, argument);
    else if (argument === '--plan') result.options.plan = parsePlan(value(++index, argument));
    else if (argument === '--title') result.options.title = value(++index, argument);
    else if (argument === '--period') result.options.period = parsePeriod(value(++index, argument));
    else if (argument === '--batch') result.batch = value(++index, argument);
    else if (argument.startsWith('--')) throw new Error(`unknown option ${argument}`);
    else result.sources.push(argument);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(result.options.today))
    throw new Error(`--today must be YYYY-MM-DD, not ${result.options.today}`);
  if (result.batch === null && result.sources.length === 0) throw new Error('no source given');
  if (result.batch !== null && result.sources.length > 0) throw new Error('give either sources or --batch, not both');
  return result;
}

/** The requests of a batch manifest (CSV: source, district, plan, title). */
function readManifest(path: string, options: Arguments['options']): ImportRequest[] {
  const rows = csvParse(readFileSync(path, 'utf8').replace(/^\uFEFF/u, ''));
  for (const column of ['source', 'district', 'plan'])
    if (!rows.columns.includes(column))
      throw new Error(`${path}:1: the manifest needs the columns source,district,plan[,title]; ${column} is missing`);
  return rows.map((row, index) => {
    const request: ImportRequest = { ...options, source: row['source']?.trim() ?? '' };
    const line = `${path}:${String(index + 2)}`;
    if (request.source === '') throw new Error(`${line}: source is empty`);
    const district = row['district']?.trim();
    if (district) request.district = district;
    const plan = row['plan']?.trim();
    if (plan) {
      try {
        request.plan = parsePlan(plan);
      } catch (error) {
        throw new Error(`${line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    const title = row['title']?.trim();
    if (title) request.title = title;
    return request;
  });
}

/** The outcome table of a batch. */
function printOutcomes(reports: readonly ImportReport[]): void {
  console.log('\n结果：');
  console.table(
    reports.map((report) => ({
      source: report.source,
      outcome: report.status,
      files: report.written.join(' '),
      why: report.reasons.join(' / ').replace(/\n/gu, ' '),
    })),
  );
  const needs = reports.filter((report) => report.status === 'needs a human').length;
  console.log(`${String(reports.length - needs)} imported, ${String(needs)} need a human.`);
}

async function main(): Promise<number> {
  let args: Arguments;
  let requests: ImportRequest[];
  try {
    args = parseArguments(process.argv.slice(2));
    requests =
      args.batch === null
        ? args.sources.map((source) => ({ ...args.options, source }))
        : readManifest(args.batch, args.options);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const reports: ImportReport[] = [];
  for (const [index, request] of requests.entries()) {
    if (requests.length > 1) console.log(`\n[${String(index + 1)}/${String(requests.length)}] ${request.source}`);
    reports.push(
      await importDocument(ROOT, request, (line) => {
        console.log(line);
      }),
    );
  }
  if (requests.length > 1 || args.batch !== null) printOutcomes(reports);
  return reports.some((report) => report.status === 'needs a human') ? 1 : 0;
}

process.exitCode = await main();
