import { PlanFrontMatterSchema, type PlanFrontMatter } from '../../../src/schema/plan.ts';

/**
 * A valid plan front matter (the 细河区 women's plan), with `overrides`
 * applied; parsed by the real schema so defaults are filled in.
 */
export function planFrontMatter(overrides: Record<string, unknown> = {}): PlanFrontMatter {
  return PlanFrontMatterSchema.parse({
    title: '细河区妇女发展规划（2021—2030年）',
    title_inferred: false,
    district: 'fuxin-xihe',
    plan: 'women',
    period: { start: 2021, end: 2030 },
    issuer: '阜新市细河区人民政府',
    document_number: '阜细政发〔2022〕3号',
    issued: '2022-09-09',
    notice: '阜新市细河区人民政府关于印发……的通知\n\n阜细政发〔2022〕3号',
    source: { file: '000_2215560c8b7cdbb1.txt', title_line: 28, notice_lines: [5, 24], body_lines: [30, 610] },
    version: 1,
    updated: '2026-11-25',
    changes: [{ date: '2026-11-25', version: 1, note: '首次发布。' }],
    ...overrides,
  });
}
