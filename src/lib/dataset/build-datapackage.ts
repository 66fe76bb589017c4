import { z } from 'zod';
import { TargetRecordSchema } from '../../schema/target-record.ts';
import { DISTRICT_NAMES_FILE, provinceDataFile } from '../site/site-paths.ts';
import type { DatasetInput } from './dataset-input.ts';
import { datasetProvinces } from './dataset-provinces.ts';

/** A Frictionless Table Schema field. */
interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

type JsonSchemaProperty = {
  type?: string | string[];
  anyOf?: JsonSchemaProperty[];
  enum?: string[];
  description?: string;
};

function tableType(property: JsonSchemaProperty): TableField['type'] {
  const types = [property.type, ...(property.anyOf ?? []).map((p) => p.type)].flat().filter((t) => t && t !== 'null');
  const type = types[0];
  return type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string';
}

/** The Table Schema fields of `targets.csv`, derived from the record schema (types, enums, descriptions). */
export function targetTableFields(): TableField[] {
  const jsonSchema = z.toJSONSchema(TargetRecordSchema) as { properties: Record<string, JsonSchemaProperty> };
  return Object.entries(jsonSchema.properties).map(([name, property]) => {
    const nullable = (property.anyOf ?? []).some((p) => p.type === 'null') || [property.type].flat().includes('null');
    const field: TableField = { name, type: tableType(property), description: property.description ?? '' };
    const constraints: NonNullable<TableField['constraints']> = {};
    if (!nullable) constraints.required = true;
    if (property.enum) constraints.enum = property.enum;
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    return field;
  });
}

/** The Frictionless Data Package descriptor of the published files. */
export function buildDatapackage(input: DatasetInput): Record<string, unknown> {
  const fields = targetTableFields();
  const sources = [...new Set(input.plans.map((plan) => plan.data.source.file))].sort().map((file) => ({
    // The source texts are kept in the project's data/sources/, not published under /data/.
    title: `data/sources/${file}：${input.plans
      .filter((plan) => plan.data.source.file === file)
      .map((plan) => plan.data.title)
      .join('；')}`,
  }));
  return {
    profile: 'tabular-data-package',
    name: 'plan-atlas-targets',
    title: '规划图谱：各地妇女儿童发展规划目标数据集',
    description:
      'Every quantitative target of the published women’s and children’s development plans, one record per plan, indicator and year, with the exact quote and a link to the item.',
    licenses: [{ name: input.licence.id, path: input.licence.url, title: input.licence.title }],
    sources,
    resources: [
      {
        name: 'targets',
        path: 'targets.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema: { fields, primaryKey: 'id' },
      },
      {
        name: 'targets-json',
        path: 'targets.json',
        format: 'json',
        mediatype: 'application/json',
        description: 'The same records as targets.csv, as a JSON array.',
      },
      {
        name: 'targets-gz',
        path: 'targets.csv.gz',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        compression: 'gz',
        description: 'targets.csv, gzip-compressed.',
        schema: { fields, primaryKey: 'id' },
      },
      {
        name: 'targets-json-gz',
        path: 'targets.json.gz',
        format: 'json',
        mediatype: 'application/json',
        compression: 'gz',
        description: 'targets.json, gzip-compressed.',
      },
      ...datasetProvinces(input).flatMap((province) => [
        {
          name: `targets-${province}`,
          path: provinceDataFile(province, 'csv'),
          profile: 'tabular-data-resource',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8-sig',
          description: `The records of targets.csv whose jurisdiction is in the province ${province}.`,
          schema: { fields, primaryKey: 'id' },
        },
        {
          name: `targets-${province}-json`,
          path: provinceDataFile(province, 'json'),
          format: 'json',
          mediatype: 'application/json',
          description: `The records of targets.json whose jurisdiction is in the province ${province}.`,
        },
      ]),
      {
        name: 'indicators',
        path: 'indicators.json',
        format: 'json',
        mediatype: 'application/json',
        description:
          'The indicator registry: id, name, aliases, group, domain, unit, direction, definition, and the jurisdictions that target it.',
      },
      {
        name: 'plans',
        path: 'plans.json',
        format: 'json',
        mediatype: 'application/json',
        description: 'The plans: title, jurisdiction, period, issuer, document number, dates, version, source.',
      },
      {
        name: 'changes',
        path: 'changes.json',
        format: 'json',
        mediatype: 'application/json',
        description:
          'Every target-level change between published versions of each plan: added, removed or changed targets, with both versions, the change note and a link to the comparison page.',
      },
      {
        name: 'districts',
        path: 'districts.json',
        format: 'json',
        mediatype: 'application/json',
        description: 'The jurisdictions: slug, names, level, province, city, coordinates, plans.',
      },
      {
        name: 'district-names',
        path: DISTRICT_NAMES_FILE,
        format: 'json',
        mediatype: 'application/json',
        description:
          'Name index of the jurisdictions, by division code: [slug, short name, full name] each. Each jurisdiction’s targets as the comparison matrix shows them are in districts/<slug>.json (not listed here, one file per jurisdiction).',
      },
    ],
  };
}
