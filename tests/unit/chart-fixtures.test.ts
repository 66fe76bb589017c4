import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSvg, distributionChartSvg } from '../../src/lib/charts/chart-svg.ts';
import { distributionChart, type DistributionChartInput } from '../../src/lib/charts/distribution-chart.ts';
import { indicatorChart, type IndicatorChartInput } from '../../src/lib/charts/indicator-chart.ts';
import { expectedOutput, fixtureCases } from '../support/fixtures.ts';

// Each tests/fixtures/charts/<case>/ holds input.json (the input of the chart
// geometry) and expected.svg (the chart as written), normalised: coordinates
// rounded to whole units, one element per line. An input with `years` is a
// distribution chart (src/lib/charts/distribution-chart.ts).
function normalise(svg: string): string {
  return `${svg
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number))))
    .replace(/></g, '>\n<')
    .trim()}\n`;
}

describe('chart geometry on fixtures', () => {
  for (const { name, dir } of fixtureCases('charts')) {
    it(name, () => {
      const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as
        IndicatorChartInput | DistributionChartInput;
      const svg = normalise(
        'years' in input ? distributionChartSvg(distributionChart(input)) : chartSvg(indicatorChart(input)),
      );
      expect(svg).toBe(expectedOutput(dir, 'expected.svg', svg));
    });
  }
});
