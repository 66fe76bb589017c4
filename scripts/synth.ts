// Writes a synthetic national corpus for performance work (never for publication):
//   npm run synth -- --out <dir> [--plans N] [--seed S]
// Every province, prefecture-level and county-level division of the official list
// (or, with --plans N, a deterministic subset spread across provinces) gets a
// women's and a children's plan: one of the real plans in content/plans/,
// re-labelled for the jurisdiction with its target figures perturbed
// (src/lib/synth/). <dir> receives content/plans/, data/districts.yaml,
// data/indicators.yaml, data/sources/ (the real source texts the plans cite) and a
// plan-atlas.config.json with "synthetic": true, so every page built from it
// says 合成数据，仅供性能测试. Build it with PLAN_ATLAS_CONTENT_DIR=<dir>.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDistricts } from '../src/lib/content/parse-districts.ts';
import { CONTENT_PATHS } from '../src/lib/content/content-paths.ts';
import { readDataFiles, readPlanFiles } from '../src/lib/io/read-content.ts';
import { isSyntheticCorpus } from '../src/lib/io/content-root.ts';
import { readDivisionIndex } from '../src/lib/io/read-division-list.ts';
import { readFrontMatter } from '../src/lib/plan/read-front-matter.ts';
import { resolveDistrict } from '../src/lib/regions/resolve-district.ts';
import { divisionSlugs } from '../src/lib/synth/division-slugs.ts';
import { pickPlanSlots } from '../src/lib/synth/pick-jurisdictions.ts';
import { hashText, seededRandom } from '../src/lib/synth/seeded-random.ts';
import { synthesisePlan, type PlaceNames } from '../src/lib/synth/synthesise-plan.ts';
import { PlanFrontMatterSchema, type PlanKind } from '../src/schema/plan.ts';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { out: { type: 'string' }, plans: { type: 'string' }, seed: { type: 'string', default: 'plan-atlas' } },
});
if (values.out === undefined) {
  console.error('usage: npm run synth -- --out <dir> [--plans N] [--seed S]');
  process.exit(2);
}
const out = resolve(values.out);
const count = values.plans === undefined ? undefined : Number(values.plans);
if (count !== undefined && (!Number.isInteger(count) || count < 1)) {
  console.error(`--plans ${values.plans ?? ''}: give a whole number of plans, e.g. --plans 670`);
  process.exit(2);
}
const seed = values.seed;

// Never write over the project's own content (or any folder that is not a synthetic corpus).
const inside = (parent: string, child: string): boolean => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !path.startsWith('/'));
};
if (inside(out, ROOT) || ['content', 'data', 'src', 'public'].some((folder) => inside(join(ROOT, folder), out))) {
  console.error(
    `${out}: refusing to write the synthetic corpus over the project's own files; choose a folder outside it`,
  );
  process.exit(2);
}
if (existsSync(out) && readdirSync(out).length > 0 && !isSyntheticCorpus(out)) {
  console.error(`${out} is not empty and is not a synthetic corpus: choose an empty or new folder`);
  process.exit(2);
}

const divisions = readDivisionIndex();
const real = parseDistricts(readDataFiles(ROOT).districts, divisions);
const realPlaces = new Map(real.districts.map((district) => [district.slug, district]));
const templates = new Map<PlanKind, { file: string; text: string; from: PlaceNames; source: string }[]>();
for (const { file, text } of readPlanFiles(ROOT)) {
  const data = PlanFrontMatterSchema.parse(readFrontMatter(text).data);
  const from = realPlaces.get(data.district);
  if (!from) throw new Error(`${file}: district ${data.district} is not in data/districts.yaml`);
  const list = templates.get(data.plan) ?? [];
  list.push({ file, text, from, source: data.source.file });
  templates.set(data.plan, list);
}

// A city without counties (东莞, 中山, 儋州) is listed at both levels under one code: one jurisdiction.
const jurisdictions = divisions.all.filter(
  (division, index, all) => all.findIndex((other) => other.code === division.code) === index,
);
const slugs = divisionSlugs(jurisdictions);
const slots = pickPlanSlots(jurisdictions, seed, count);
console.log(`Writing ${String(slots.length)} synthetic plans (seed ${seed}) into ${out} …`);
rmSync(join(out, 'content'), { recursive: true, force: true });
rmSync(join(out, 'data'), { recursive: true, force: true });

const districtLines: string[] = [
  '# SYNTHETIC jurisdictions for performance tests (npm run synth): slug and official code.',
];
const listed = new Set<string>();
const sources = new Set<string>();
slots.forEach((slot, index) => {
  const slug = slugs.get(slot.division.code) ?? '';
  const resolved = resolveDistrict({ slug, code: slot.division.code }, divisions);
  if (!('district' in resolved)) throw new Error(`${slot.division.code}: ${resolved.message}`);
  const to = resolved.district;
  if (!listed.has(slug)) {
    listed.add(slug);
    districtLines.push(`- slug: ${slug}`, `  code: '${to.code}'`);
  }
  const choices = templates.get(slot.plan) ?? [];
  const template = choices[hashText(`${seed}:${to.code}:${slot.plan}`) % choices.length];
  if (!template) throw new Error(`no real ${slot.plan} plan to copy`);
  sources.add(template.source);
  const text = synthesisePlan({
    text: template.text,
    from: template.from,
    to: { ...to, slug },
    random: seededRandom(`${seed}:${to.code}:${slot.plan}`),
  });
  const file = join(out, CONTENT_PATHS.plans, slug, `${slot.plan}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  if ((index + 1) % 1000 === 0) console.log(`  ${String(index + 1)} / ${String(slots.length)} plans`);
});

mkdirSync(join(out, CONTENT_PATHS.sources), { recursive: true });
writeFileSync(join(out, CONTENT_PATHS.districts), `${districtLines.join('\n')}\n`);
copyFileSync(join(ROOT, CONTENT_PATHS.indicators), join(out, CONTENT_PATHS.indicators));
for (const source of sources)
  copyFileSync(join(ROOT, CONTENT_PATHS.sources, source), join(out, CONTENT_PATHS.sources, source));
writeFileSync(join(out, CONTENT_PATHS.config), `${JSON.stringify({ report_error: null, synthetic: true }, null, 2)}\n`);
writeFileSync(
  join(out, 'README.md'),
  '# Synthetic Plan Atlas corpus\n\nGenerated by `npm run synth` for performance tests only: real plans re-labelled for other\n' +
    'jurisdictions, their target figures perturbed. Not data about any jurisdiction; never publish it.\n',
);
console.log(
  `Done: ${String(slots.length)} plans of ${String(listed.size)} jurisdictions; build with PLAN_ATLAS_CONTENT_DIR=${out}`,
);
