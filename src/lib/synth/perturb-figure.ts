import { parseFigure } from '../targets/units.ts';

/** A target figure rewritten for a synthetic plan. */
export interface PerturbedFigure {
  /** The new value (same sign as the old one). */
  value: number;
  /** The new figure as written, in the same form as the old one (e.g. `96%`, `4.2‰`, `2 名`). */
  written: string;
}

const LEADING_NUMBER = /^(\d+)(?:\.(\d+))?(?=\D|$)/u;
/** Units bounded above by 100 (a share of a whole). */
const SHARES = new Set(['percent']);

/**
 * A plausible other jurisdiction's figure for `written`: about half keep the
 * value (most local plans copy the national targets, so ties are common); the
 * rest move by a few steps of the figure's own precision (1 for `95%`, 0.1 for
 * `4.5‰`), in proportion to the value, kept positive, percentages within 0–100.
 * Figures not starting with an Arabic number (百分之百, 一半) and ranges are kept.
 * `random` yields numbers in [0, 1).
 */
export function perturbFigure(written: string, value: number, random: () => number): PerturbedFigure {
  const kept = { value, written };
  const match = LEADING_NUMBER.exec(written);
  const figure = parseFigure(written);
  if (!match || !figure || figure.max !== undefined || figure.value !== Math.abs(value)) return kept;
  if (random() < 0.5) return kept;
  const decimals = match[2]?.length ?? 0;
  const step = 10 ** -decimals;
  const old = Math.abs(value);
  const bound = SHARES.has(figure.unit) ? 100 : Infinity;
  // Up to ±10% of the value (at least one step), nearer the value more often.
  const spread = Math.max(step, Math.round((old * 0.1) / step) * step);
  const offset = (random() + random() - 1) * spread;
  let next = Math.round((old + offset) / step) * step;
  if (old === bound) next = random() < 0.7 ? bound : next; // 100% targets mostly stay 100%
  next = Math.min(bound, Math.max(step, next));
  const text = next.toFixed(decimals);
  const result = { value: Math.sign(value || 1) * Number(text), written: text + written.slice(match[0].length) };
  return parseFigure(result.written)?.value === Number(text) ? result : kept;
}
