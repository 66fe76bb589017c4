/**
 * The comparability flags' ids, order and footnote symbols: apart from
 * comparability.ts so the browser-built matrix can print them without the
 * unit and number-formatting modules.
 */

/** One reason a target is not directly comparable with another. */
export type FlagId =
  /** The item names no year; the plan period's end is assumed. */
  | 'implied-year'
  /** A change relative to a baseline, not a level to reach. */
  | 'change'
  /** The source prints a wrong unit; the dataset corrects it. */
  | 'unit-corrected'
  /** The value was converted from the unit the plan prints into the indicator's unit. */
  | 'unit-converted'
  /** One printed value covers this and another indicator (e.g. 分别达到92%). */
  | 'shared-value'
  /** The unit cannot be expressed in the indicator's unit: not on the shared axis. */
  | 'unit-not-convertible';

/** Footnote symbols of the flags, for charts and tables. */
export const FLAG_SYMBOLS: Readonly<Record<FlagId, string>> = {
  'implied-year': '*',
  change: 'Δ',
  'unit-corrected': '†',
  'unit-converted': '‡',
  'shared-value': '§',
  'unit-not-convertible': '¶',
};

/** Flag display order. */
export const FLAG_ORDER: readonly FlagId[] = [
  'implied-year',
  'change',
  'unit-corrected',
  'unit-converted',
  'shared-value',
  'unit-not-convertible',
];

/** The footnote symbols of some flags, e.g. `*†`. */
export function flagSymbols(flags: readonly FlagId[]): string {
  return flags.map((flag) => FLAG_SYMBOLS[flag]).join('');
}
