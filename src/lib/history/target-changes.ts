import type { TargetEntry } from '../../schema/target.ts';

/** A change to one target (indicator and year) between two versions of a plan. */
export type TargetChange =
  | { kind: 'added'; indicator: string; year: number; after: TargetEntry }
  | { kind: 'removed'; indicator: string; year: number; before: TargetEntry }
  | { kind: 'changed'; indicator: string; year: number; before: TargetEntry; after: TargetEntry; fields: string[] };

/** Fields whose change changes what the target says (label and notes are editorial). */
const COMPARED: readonly (keyof TargetEntry)[] = [
  'value',
  'unit',
  'comparator',
  'kind',
  'target',
  'year_stated',
  'section',
];

const keyOf = (entry: TargetEntry): string => `${entry.indicator}@${String(entry.year)}`;

/** Targets added, removed or changed between two versions' `indicators:` lists, in the newer version's order. */
export function targetChanges(before: readonly TargetEntry[], after: readonly TargetEntry[]): TargetChange[] {
  const old = new Map(before.map((entry) => [keyOf(entry), entry]));
  const now = new Map(after.map((entry) => [keyOf(entry), entry]));
  const changes: TargetChange[] = [];
  for (const entry of after) {
    const previous = old.get(keyOf(entry));
    if (!previous) {
      changes.push({ kind: 'added', indicator: entry.indicator, year: entry.year, after: entry });
      continue;
    }
    const fields = COMPARED.filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(entry[field]));
    if (fields.length > 0) {
      changes.push({
        kind: 'changed',
        indicator: entry.indicator,
        year: entry.year,
        before: previous,
        after: entry,
        fields,
      });
    }
  }
  for (const entry of before) {
    if (!now.has(keyOf(entry)))
      changes.push({ kind: 'removed', indicator: entry.indicator, year: entry.year, before: entry });
  }
  return changes;
}
