import { describe, expect, it } from 'vitest';
import { NORMALISATION_RULES } from '../../../src/lib/import/normalisation-rules.ts';
import { normalisationTableRows } from '../../../src/lib/site/normalisation-table.ts';

describe('normalisationTableRows', () => {
  it('shows every rule, in order, with its Chinese description', () => {
    const rows = normalisationTableRows(NORMALISATION_RULES);
    expect(rows.map((row) => row.id)).toEqual(NORMALISATION_RULES.map((rule) => rule.id));
    expect(rows.map((row) => row.description)).toEqual(NORMALISATION_RULES.map((rule) => rule.description_zh));
  });

  it('tells character rules from layout rules', () => {
    const rows = normalisationTableRows([
      { id: 'a', from: '％', to: '%', description: '', description_zh: '甲', pattern: /％/gu, replacement: '%' },
      {
        id: 'b',
        from: '行尾空格',
        to: '（删除）',
        description: '',
        description_zh: '乙',
        pattern: null,
        replacement: '',
      },
    ]);
    expect(rows).toEqual([
      { id: 'a', from: '％', to: '%', kind: '字符', description: '甲' },
      { id: 'b', from: '行尾空格', to: '（删除）', kind: '版式', description: '乙' },
    ]);
  });
});
