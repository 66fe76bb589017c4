/** Figures of one measured build (the project's site or the baseline), for `npm run bench:scale`. */
export interface BuildFigures {
  /** What was built, e.g. `Plan Atlas` or `baseline`. */
  label: string;
  plans: number;
  /** HTML pages written. */
  pages: number;
  /** Seconds per phase (content, pages, data, search), and the whole build. */
  seconds: { content: number; pages: number; data: number; search: number; total: number };
  /** Peak resident set size of any one build process, in bytes. */
  peakRssBytes: number;
  /** Size of the output folder, in bytes. */
  distBytes: number;
  /** Milliseconds to first results over the query table in an open search page (median, largest), and the page's first query (cold). */
  queryMs: { median: number; max: number; cold: number } | null;
  /** Bytes transferred per query in an open search page (median, largest), and for the page's first query with its code (cold). */
  queryBytes: { median: number; max: number; cold: number } | null;
}

/** The median of `values` (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** `bytes` in KB, MB or GB (binary units), e.g. `1.5 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit] ?? 'B'}`;
}

/** The budgets of issue 9, measured on the build machine (never asserted in tests). */
export const SCALE_GOALS = {
  /** Full build (pages and search index), seconds. */
  buildSeconds: 30 * 60,
  /** Peak RSS, bytes. */
  peakRssBytes: 12 * 1024 ** 3,
  /** Time at N plans over time at N/10 plans (linear: ≤ 11). */
  linearRatio: 11,
  /** Full build over the baseline's. */
  baselineRatio: 1.5,
  /** Median ms to first results. */
  queryMs: 300,
  /** Bytes transferred per query. */
  queryBytes: 500 * 1024,
  /** Largest HTML page (plan pages excepted), bytes raw and gzip. */
  pageBytes: 1024 * 1024,
  pageGzipBytes: 200 * 1024,
} as const;

/** One goal: what, measured, goal, and whether it was met (null: not measured). */
export type GoalRow = [what: string, measured: string, goal: string, met: boolean | null];

/** The pass/fail lines of the goals for `site` (with `small`, its run at a tenth of the plans, and `baseline`). */
export function goalRows(site: BuildFigures, small: BuildFigures | null, baseline: BuildFigures | null): GoalRow[] {
  const rows: GoalRow[] = [
    [
      'full build',
      `${site.seconds.total.toFixed(0)} s`,
      `≤ ${String(SCALE_GOALS.buildSeconds)} s`,
      site.seconds.total <= SCALE_GOALS.buildSeconds,
    ],
    [
      'peak RSS',
      formatBytes(site.peakRssBytes),
      formatBytes(SCALE_GOALS.peakRssBytes),
      site.peakRssBytes <= SCALE_GOALS.peakRssBytes,
    ],
  ];
  if (small) {
    const ratio = site.seconds.total / small.seconds.total;
    rows.push([
      `time at ${String(site.plans)} / time at ${String(small.plans)} plans`,
      `${ratio.toFixed(2)} × (plans ${(site.plans / small.plans).toFixed(1)} ×)`,
      `≤ ${String(SCALE_GOALS.linearRatio)} × at 10 × plans`,
      site.plans >= 10 * small.plans * 0.95 ? ratio <= SCALE_GOALS.linearRatio : null,
    ]);
  }
  if (baseline) {
    const ratio = site.seconds.total / baseline.seconds.total;
    rows.push([
      'full build / baseline',
      `${ratio.toFixed(2)} ×`,
      `≤ ${String(SCALE_GOALS.baselineRatio)} ×`,
      ratio <= SCALE_GOALS.baselineRatio,
    ]);
  }
  rows.push(
    [
      'search: median ms to first results',
      site.queryMs ? `${site.queryMs.median.toFixed(0)} ms (max ${site.queryMs.max.toFixed(0)})` : 'not measured',
      `≤ ${String(SCALE_GOALS.queryMs)} ms`,
      site.queryMs ? site.queryMs.median <= SCALE_GOALS.queryMs : null,
    ],
    [
      'search: bytes per query (largest)',
      site.queryBytes
        ? `${formatBytes(site.queryBytes.max)} (median ${formatBytes(site.queryBytes.median)})`
        : 'not measured',
      `≤ ${formatBytes(SCALE_GOALS.queryBytes)}`,
      site.queryBytes ? site.queryBytes.max <= SCALE_GOALS.queryBytes : null,
    ],
  );
  return rows;
}

/** A plain-text table (columns padded; widths counted in characters). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
