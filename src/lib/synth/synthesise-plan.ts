import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { perturbFigure } from './perturb-figure.ts';

/** The names a plan is labelled with. */
export interface PlaceNames {
  /** Short name, e.g. 铁西区. */
  name: string;
  /** Full name with province and city, e.g. 辽宁省鞍山市铁西区. */
  full_name: string;
  /** The city's name, or null. */
  city: string | null;
}

/** What a synthetic plan is made from. */
export interface SynthesisInput {
  /** The real plan file's text. */
  text: string;
  /** The real plan's jurisdiction. */
  from: PlaceNames;
  /** The synthetic plan's jurisdiction, with its slug. */
  to: PlaceNames & { slug: string };
  /** Numbers in [0, 1), seeded for this plan. */
  random: () => number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every key of `replacements` in `text` in one pass (longest first; numbers never inside other numbers). */
export function replaceAll(text: string, replacements: ReadonlyMap<string, string>): string {
  const keys = [...replacements.keys()].filter((key) => key.length > 0).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const pattern = new RegExp(
    keys
      .map((key) => `${/^\d/.test(key) ? '(?<![\\d.])' : ''}${escapeRegExp(key)}${/\d$/.test(key) ? '(?![\\d.])' : ''}`)
      .join('|'),
    'gu',
  );
  return text.replace(pattern, (match) => replacements.get(match) ?? match);
}

/** The renamings from one jurisdiction to another, most specific first (full name, city + name, name). */
function placeReplacements(from: PlaceNames, to: PlaceNames): Map<string, string> {
  const replacements = new Map<string, string>();
  replacements.set(from.full_name, to.full_name);
  if (from.city) replacements.set(from.city + from.name, (to.city ?? '') + to.name);
  replacements.set(from.name, to.name);
  return replacements;
}

/**
 * A real plan re-labelled for another jurisdiction: title, district, issuer and
 * notice renamed, the document number dropped, and each target's figure
 * perturbed (see `perturbFigure`) both in the front matter and in the item of
 * the body that states it, so the plan still passes `npm run check`. Every
 * other line of the file is kept, so line numbers and anchors are unchanged.
 */
export function synthesisePlan({ text, from, to, random }: SynthesisInput): string {
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0) throw new Error('a plan file starts with front matter between --- lines');
  const document = parseDocument(text.slice(4, end + 1));
  const body = text.slice(end + 5);
  const places = placeReplacements(from, to);
  const rename = (value: unknown): unknown => (typeof value === 'string' ? replaceAll(value, places) : value);

  document.set('district', to.slug);
  for (const field of ['title', 'issuer', 'notice']) {
    // Rename the scalar in place, so block scalars (the notice) keep their style.
    const node = document.get(field, true);
    if (isScalar(node)) node.value = rename(node.value);
  }
  document.set('document_number', null);

  const ignored = new Set<string>();
  const ignoredFigures = document.get('ignored_figures');
  if (isSeq(ignoredFigures)) {
    for (const item of ignoredFigures.items) {
      if (isMap(item)) ignored.add(`${String(item.get('target'))}\u0000${String(item.get('figure'))}`);
    }
  }
  // One new figure per (item, figure as written): entries stating the same figure in one item keep sharing it.
  const entries = document.get('indicators');
  const targets = new Map<string, { map: YAMLMap; written: string; value: number }[]>();
  if (isSeq(entries)) {
    for (const entry of entries.items) {
      if (!isMap(entry)) continue;
      const target = String(entry.get('target'));
      const list = targets.get(target) ?? [];
      list.push({ map: entry, written: String(entry.get('value_as_written')), value: Number(entry.get('value')) });
      targets.set(target, list);
    }
  }

  const lines = replaceAll(body, places).split('\n');
  const anchorOf = /\{#([a-z0-9-]+)[^}]*\}\s*$/u;
  lines.forEach((line, index) => {
    const target = anchorOf.exec(line)?.[1];
    const list = target === undefined ? undefined : targets.get(target);
    if (target === undefined || !list) return;
    const figures = new Map<string, ReturnType<typeof perturbFigure>>();
    for (const { written, value } of list) {
      if (!figures.has(written) && !ignored.has(`${target}\u0000${written}`))
        figures.set(written, perturbFigure(written, value, random));
    }
    const replacements = new Map([...figures].map(([written, figure]) => [written, figure.written]));
    const next = replaceAll(line, replacements);
    // The check finds each figure by its first occurrence and reads the comparator after it:
    // keep the item unchanged where a new figure would be found elsewhere or read differently.
    const after = (text: string, figure: string): string | null => {
      const position = text.indexOf(figure);
      return position < 0 ? null : text.slice(position + figure.length, position + figure.length + 8);
    };
    const consistent = list.every(({ written }) => {
      const old = after(line, written);
      return old !== null && old === after(next, replacements.get(written) ?? written);
    });
    if (!consistent) return;
    lines[index] = next;
    for (const { map, written, value } of list) {
      const figure = figures.get(written);
      if (!figure) continue;
      map.set('value', value < 0 ? -Math.abs(figure.value) : Math.abs(figure.value));
      map.set('value_as_written', figure.written);
    }
  });
  const newBody = lines.join('\n');
  return `---\n${document.toString({ lineWidth: 0 })}---\n${newBody}`;
}
