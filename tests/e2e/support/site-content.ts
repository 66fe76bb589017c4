import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { readPlanFiles } from '../../../src/lib/io/read-content.ts';
import type { District } from '../../../src/schema/district.ts';
import { parseDistricts } from '../../../src/lib/content/parse-districts.ts';
import { readDivisionIndex } from '../../../src/lib/io/read-division-list.ts';
import { provinceByCode } from '../../../src/lib/regions/provinces.ts';

/**
 * Root of the site under test: this repository, or `PLAN_ATLAS_E2E_ROOT` (a
 * built copy elsewhere, e.g. a scratch site with fixture content).
 */
export const SITE_ROOT = process.env['PLAN_ATLAS_E2E_ROOT'] ?? join(import.meta.dirname, '..', '..', '..');

/** What the browser tests need to know about a plan, from its front matter. */
export interface PlanUnderTest {
  /** Plan file, relative to the site root. */
  file: string;
  /** Title as in the front matter. */
  title: string;
  /** District slug. */
  district: string;
  /** Plan kind (`women` or `children`). */
  plan: string;
  /** Site path of its page, e.g. `/plans/fuxin-xihe/women/`. */
  path: string;
  /** Its source file in `data/sources/`. */
  sourceFile: string;
  /** Every `{#id}` anchor in the Markdown body, in order. */
  anchors: string[];
}

/** `{#id}` or `{#id .class}` at the end of a line of a plan body. */
const ANCHOR = /\{#([a-z0-9]+(?:-[a-z0-9]+)*)(?:[ \t]+\.[a-z-]+)*\}[ \t]*$/gm;

function stringField(data: Record<string, unknown>, field: string, file: string): string {
  const value = data[field];
  if (typeof value !== 'string') throw new Error(`${file}: front matter field ${field} is not a string`);
  return value;
}

/** Every plan in `content/plans/` (read with gray-matter), sorted by file. */
export function readPlansUnderTest(): PlanUnderTest[] {
  return readPlanFiles(SITE_ROOT).map(({ file, text }) => {
    const parsed = matter(text);
    const data: Record<string, unknown> = parsed.data;
    const district = stringField(data, 'district', file);
    const plan = stringField(data, 'plan', file);
    const source = data['source'];
    const sourceData = source !== null && typeof source === 'object' ? (source as Record<string, unknown>) : {};
    return {
      file,
      title: stringField(data, 'title', file),
      district,
      plan,
      path: `/plans/${district}/${plan}/`,
      sourceFile: stringField(sourceData, 'file', file),
      anchors: [...parsed.content.matchAll(ANCHOR)].map((match) => match[1] ?? ''),
    };
  });
}

/** The jurisdictions in `data/districts.yaml`, in file order. */
export function readDistrictsUnderTest(): District[] {
  const { districts, issues } = parseDistricts(
    readFileSync(join(SITE_ROOT, 'data', 'districts.yaml'), 'utf8'),
    readDivisionIndex(),
  );
  if (issues.length > 0) throw new Error(issues.map((issue) => issue.message).join('\n'));
  return districts;
}

/**
 * Site paths of every page: home, lists, about, search, the provinces with
 * districts, each district and each plan (not `/districts/`, which only
 * forwards to `/regions/`).
 */
export function allPagePaths(): string[] {
  const provinces = new Set(readDistrictsUnderTest().map((district) => provinceByCode(district.province_code)?.slug));
  return [
    '/',
    '/regions/',
    ...[...provinces].flatMap((slug) => (slug === undefined ? [] : [`/regions/${slug}/`])),
    '/about/',
    '/search/',
    ...readDistrictsUnderTest().map((district) => `/districts/${district.slug}/`),
    ...readPlansUnderTest().map((plan) => plan.path),
  ];
}
