import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/io/load-content.ts';
import { loadDatasetInput } from '../../src/lib/io/load-dataset-input.ts';
import { buildDataset } from '../../src/lib/dataset/build-dataset.ts';
import type { DatasetInput } from '../../src/lib/dataset/dataset-input.ts';
import { TARGET_COLUMNS } from '../../src/lib/dataset/targets-to-csv.ts';
import { TargetRecordSchema } from '../../src/schema/target-record.ts';
import { ROOT } from '../support/fixtures.ts';

function datasetInput(): DatasetInput {
  return loadDatasetInput(ROOT, loadContent(ROOT, { today: '2100-01-01' }), '/', () => undefined);
}

const input = datasetInput();
const files = new Map(buildDataset(input).map((file) => [file.name, file.content]));
const file = (name: string): string => {
  const content = files.get(name);
  if (content === undefined) throw new Error(`${name} is not in the dataset`);
  return content;
};
const records = (JSON.parse(file('targets.json')) as unknown[]).map((record) => TargetRecordSchema.parse(record));

describe('the dataset', () => {
  it('is byte-identical across builds', () => {
    const again = buildDataset(datasetInput());
    expect(again.map((f) => [f.name, f.content])).toEqual([...files.entries()]);
  });

  it('has one record per front-matter target, with unique sorted ids', () => {
    const entries = input.plans.reduce((sum, plan) => sum + plan.data.indicators.length, 0);
    expect(records).toHaveLength(entries);
    const ids = records.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('quotes the full item text and links to its anchor', () => {
    for (const record of records) {
      const plan = input.plans.find((p) => p.data.district === record.district && p.data.plan === record.plan);
      const anchor = record.url.split('#')[1] ?? '';
      const item = plan?.anchors.find((a) => a.id === anchor);
      expect(item?.text.trim(), record.id).toBe(record.quote);
      expect(record.quote.replace(/\s/gu, ''), record.id).toContain(record.value_as_written.replace(/\s/gu, ''));
    }
  });

  it('writes targets.csv with a BOM, the schema columns and the same rows', () => {
    const csv = file('targets.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual(TARGET_COLUMNS);
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, index) => {
      const record = records[index];
      expect(row['id']).toBe(record?.id);
      expect(Number(row['value'])).toBe(record?.value);
      expect(row['unit_as_written']).toBe(record?.unit_as_written ?? '');
    });
  });

  it('describes every file and field in datapackage.json', () => {
    const descriptor = JSON.parse(file('datapackage.json')) as {
      resources: { path: string; schema?: { fields: { name: string; type: string; description: string }[] } }[];
    };
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      [...files.keys()].filter((name) => name !== 'datapackage.json' && name !== 'README.md').sort(),
    );
    const fields = descriptor.resources.find((resource) => resource.path === 'targets.csv')?.schema?.fields ?? [];
    expect(fields.map((field) => field.name)).toEqual(TARGET_COLUMNS);
    expect(fields.find((field) => field.name === 'year')?.type).toBe('integer');
    expect(fields.find((field) => field.name === 'value')?.type).toBe('number');
    expect(fields.every((field) => field.description.length > 0)).toBe(true);
  });

  it('carries the configured licence in datapackage.json and the README', () => {
    const licence = (
      JSON.parse(readFileSync(join(ROOT, 'plan-atlas.config.json'), 'utf8')) as {
        dataset_licence: { id: string; url: string; title: string };
      }
    ).dataset_licence;
    const descriptor = JSON.parse(file('datapackage.json')) as { licenses: unknown };
    expect(descriptor.licenses).toEqual([{ name: licence.id, path: licence.url, title: licence.title }]);
    const readme = new Map(buildDataset(input, 'https://www.example.gov.cn').map((f) => [f.name, f.content])).get(
      'README.md',
    );
    expect(readme).toContain(`SPDX：\`${licence.id}\``);
    expect(readme).toContain(licence.url);
    expect(readme).toContain('https://www.example.gov.cn/data/');
  });

  it('lists each indicator with the jurisdictions that target it', () => {
    const indicators = JSON.parse(file('indicators.json')) as { id: string; districts: string[] }[];
    expect(indicators.map((indicator) => indicator.id)).toEqual(input.indicators.map((i) => i.id).sort());
    for (const indicator of indicators) {
      const expected = [...new Set(records.filter((r) => r.indicator === indicator.id).map((r) => r.district))].sort();
      expect(indicator.districts).toEqual(expected);
    }
  });
});
