import type { PlanKind } from './plan-locator.ts';

/** A plan the source prints no title for: what it is and the title inferred for it. */
export interface InferredPlan {
  plan: PlanKind;
  /** Title in the form the text itself uses for its plans (e.g. its preface's reference to the previous plan). */
  title: string;
  period: { start: number; end: number };
}

/** What the importer needs to know about a source that its text does not say. */
export interface SourceProfile {
  /** File name in `data/sources/`. */
  file: string;
  /** District slug from `data/districts.yaml`. */
  district: string;
  /** For a source without printed titles: its plans, in the order printed. */
  inferredPlans?: readonly InferredPlan[];
  /**
   * Source lines of paragraphs printed after a block heading that introduce
   * the block rather than being one of its items (cannot be told from the form).
   */
  introLines?: readonly number[];
}

/** The five source texts. */
export const SOURCE_PROFILES: readonly SourceProfile[] = [
  { file: '000_2215560c8b7cdbb1.txt', district: 'fuxin-xihe' },
  { file: '001_c6b49eef8f2ac351.txt', district: 'qingyuan-qingcheng' },
  {
    file: '002_da7c13144ed0c76c.txt',
    district: 'anshan-tiexi',
    // The preface refers to the previous plan as 《鞍山市铁西区儿童发展规划(2011—2020 年)》.
    inferredPlans: [
      { plan: 'children', title: '鞍山市铁西区儿童发展规划（2021—2030年）', period: { start: 2021, end: 2030 } },
    ],
  },
  { file: '003_68b6a16b05043fdc.txt', district: 'tianjin-wuqing' },
  {
    file: '004_49819e7a68b52bdf.txt',
    district: 'lishui',
    inferredPlans: [
      { plan: 'women', title: '丽水市妇女发展“十四五”规划', period: { start: 2021, end: 2025 } },
      { plan: 'children', title: '丽水市儿童发展“十四五”规划', period: { start: 2021, end: 2025 } },
    ],
    // 儿童与安全: the domain's introduction is printed after 主要目标 (every other domain prints it before).
    introLines: [601],
  },
];

/** The profile of a source file (by file name), or undefined. */
export function profileOf(file: string): SourceProfile | undefined {
  return SOURCE_PROFILES.find((profile) => profile.file === file);
}
