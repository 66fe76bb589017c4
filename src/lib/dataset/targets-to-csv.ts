import { csvFormat } from 'd3-dsv';
import { TargetRecordSchema, type TargetRecord } from '../../schema/target-record.ts';

/** Column order of `targets.csv`: the record schema's field order. */
export const TARGET_COLUMNS = Object.keys(TargetRecordSchema.shape) as (keyof TargetRecord)[];

/** `targets.csv`: UTF-8 with a byte-order mark (so Excel reads the Chinese), empty cells for null. */
export function targetsToCsv(records: readonly TargetRecord[]): string {
  const rows = records.map((record) =>
    Object.fromEntries(TARGET_COLUMNS.map((column) => [column, record[column] === null ? '' : String(record[column])])),
  );
  return `\uFEFF${csvFormat(rows, TARGET_COLUMNS)}\n`;
}
