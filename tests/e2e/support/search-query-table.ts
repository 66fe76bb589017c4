// The query table of the search tests (tests/e2e/search-queries.test.ts), shared with the
// scale benchmark (scripts/bench-scale.ts), which times the same queries.

/** One real query and the passages it must find among the first results. */
export interface QueryCase {
  query: string;
  /** `district/plan#anchor` of passages that must be among the first results. */
  expected: string[];
  /**
   * How the expected passages contain the query: `literal` (as typed, spaces
   * ignored), or `other` (a simplified-character form, an indicator alias or
   * a fallback to shorter words finds them; see `why`).
   */
  match: 'literal' | 'other';
  /** Why the expected passages are the right answer. */
  why: string;
}

// Expected passages verified by reading the plan texts (content/plans/); the
// `literal` ones are checked against the parser's text of the anchor below.
export const QUERIES: QueryCase[] = [
  {
    query: '孕产妇死亡率',
    expected: [
      'fuxin-xihe/women#health-t2',
      'lishui/women#health-t2-1',
      'qingyuan-qingcheng/women#health-t2',
      'tianjin-wuqing/women#health-t2',
    ],
    match: 'literal',
    why: 'the target item of all four women’s plans',
  },
  {
    query: '托位',
    expected: [
      'anshan-tiexi/children#welfare-t4',
      'fuxin-xihe/children#welfare-t4',
      'lishui/children#health-t5-3',
      'qingyuan-qingcheng/children#welfare-t5',
      'tianjin-wuqing/children#welfare-t5',
    ],
    match: 'literal',
    why: 'the childcare-places target of all five children’s plans',
  },
  {
    query: '托育',
    expected: [
      'anshan-tiexi/children#welfare-t4',
      'fuxin-xihe/children#welfare-t4',
      'qingyuan-qingcheng/children#welfare-t5',
      'tianjin-wuqing/children#welfare-t5',
    ],
    match: 'literal',
    why: 'the children’s plans whose childcare-places target says 托育 (丽水 says 婴幼儿照护)',
  },
  {
    query: '近视率',
    expected: [
      'anshan-tiexi/children#health-t12',
      'fuxin-xihe/children#health-t11',
      'lishui/children#health-t4-3',
      'qingyuan-qingcheng/children#health-t10',
      'tianjin-wuqing/children#health-t9',
    ],
    match: 'literal',
    why: 'the myopia target of every children’s plan',
  },
  {
    query: '家庭教育',
    expected: [
      'anshan-tiexi/children#family-m6',
      'fuxin-xihe/children#family-m6',
      'qingyuan-qingcheng/children#family-m7',
      'tianjin-wuqing/children#family-m8',
      'lishui/children#project-6',
      'tianjin-wuqing/women#family-m9',
    ],
    match: 'literal',
    why: 'the family-education measures and 丽水’s family-education project',
  },
  {
    query: '宫颈癌',
    expected: [
      'fuxin-xihe/women#health-t4',
      'lishui/women#health-t1-3',
      'qingyuan-qingcheng/women#health-t3',
      'tianjin-wuqing/women#health-t3',
    ],
    match: 'literal',
    why: 'the cancer-screening target of every women’s plan',
  },
  {
    query: '入园率',
    expected: [
      'anshan-tiexi/children#education-t2',
      'fuxin-xihe/children#education-t2',
      'lishui/children#education-t1-2',
      'qingyuan-qingcheng/children#education-t2',
      'tianjin-wuqing/children#education-t2',
      'qingyuan-qingcheng/women#education-t3',
    ],
    match: 'literal',
    why: 'the pre-school enrolment target of every children’s plan and of 清城区’s women’s plan',
  },
  {
    query: '留守儿童',
    expected: [
      'anshan-tiexi/children#welfare-t6',
      'fuxin-xihe/children#welfare-t6',
      'lishui/children#welfare-t3-5',
      'qingyuan-qingcheng/children#welfare-t7',
      'tianjin-wuqing/children#welfare-t7',
    ],
    match: 'literal',
    why: 'the left-behind-children welfare target of every children’s plan',
  },
  {
    query: '健康',
    expected: ['qingyuan-qingcheng/women#health-t12', 'tianjin-wuqing/women#health-t10', 'fuxin-xihe/women#health-t12'],
    match: 'literal',
    why: 'two characters: short items that say 健康 three times rank first',
  },
  {
    query: '學生',
    expected: ['fuxin-xihe/children#health-t12', 'anshan-tiexi/children#health-t13'],
    match: 'other',
    why: 'traditional characters: 细河区 prints 中小學生, 铁西区 the simplified 中小学生',
  },
  {
    query: '5 岁',
    expected: [
      'anshan-tiexi/children#health-t3',
      'fuxin-xihe/children#health-t3',
      'lishui/children#health-t1-2',
      'qingyuan-qingcheng/children#health-t3',
      'tianjin-wuqing/children#health-t3',
    ],
    match: 'literal',
    why: 'a space and ASCII digits: the plans print both 5 岁 and 5岁 (under-5 mortality)',
  },
  {
    query: '乳腺癌',
    expected: [
      'fuxin-xihe/women#health-t4',
      'lishui/women#health-t1-3',
      'qingyuan-qingcheng/women#health-t3',
      'tianjin-wuqing/women#health-t3',
    ],
    match: 'literal',
    why: 'the cancer-screening target of every women’s plan',
  },
  {
    query: '出生缺陷',
    expected: [
      'anshan-tiexi/children#health-t4',
      'fuxin-xihe/children#health-t4',
      'lishui/children#health-t2-2',
      'qingyuan-qingcheng/children#health-t4',
      'tianjin-wuqing/children#health-t4',
    ],
    match: 'literal',
    why: 'the birth-defects target of every children’s plan',
  },
  {
    query: '新生儿死亡率',
    expected: [
      'anshan-tiexi/children#health-t3',
      'fuxin-xihe/children#health-t3',
      'lishui/children#health-t1-2',
      'qingyuan-qingcheng/children#health-t3',
      'tianjin-wuqing/children#health-t3',
    ],
    match: 'other',
    why: 'the plans print 新生儿、婴儿和5岁以下儿童死亡率: found by the fallback to shorter words',
  },
  {
    query: '宫颈癌筛查率',
    expected: ['qingyuan-qingcheng/women#health-t3', 'fuxin-xihe/women#health-t4', 'tianjin-wuqing/women#health-t3'],
    match: 'other',
    why: 'an indicator alias: 清城区 prints 宫颈癌筛查率, 细河区 and 武清区 宫颈癌人群筛查率',
  },
  {
    query: '孕產婦死亡率',
    expected: [
      'fuxin-xihe/women#health-t2',
      'lishui/women#health-t2-1',
      'qingyuan-qingcheng/women#health-t2',
      'tianjin-wuqing/women#health-t2',
    ],
    match: 'other',
    why: 'traditional characters for 孕产妇死亡率',
  },
  {
    query: '孕产妇 死亡率',
    expected: [
      'fuxin-xihe/women#health-t2',
      'lishui/women#health-t2-1',
      'qingyuan-qingcheng/women#health-t2',
      'tianjin-wuqing/women#health-t2',
    ],
    match: 'literal',
    why: 'a space inside a phrase',
  },
  {
    query: '义务教育巩固率',
    expected: [
      'anshan-tiexi/children#education-t3',
      'fuxin-xihe/children#education-t3',
      'qingyuan-qingcheng/children#education-t3',
      'tianjin-wuqing/children#education-t3',
      'lishui/children#education-t1-2',
      'fuxin-xihe/women#education-t5',
    ],
    match: 'literal',
    why: 'the compulsory-education retention target',
  },
  {
    query: '毛入学率',
    expected: [
      'fuxin-xihe/women#education-t6',
      'tianjin-wuqing/women#education-t5',
      'fuxin-xihe/children#education-t4',
    ],
    match: 'literal',
    why: 'the senior-secondary enrolment targets',
  },
  {
    query: '儿童之家',
    expected: [
      'anshan-tiexi/children#welfare-t7',
      'fuxin-xihe/children#welfare-t7',
      'qingyuan-qingcheng/children#welfare-t9',
      'tianjin-wuqing/children#welfare-t8',
      'lishui/children#project-4',
    ],
    match: 'literal',
    why: 'the children’s-home targets and 丽水’s project',
  },
  {
    query: '家庭暴力',
    expected: [
      'fuxin-xihe/women#law-t4',
      'qingyuan-qingcheng/women#law-t4',
      'tianjin-wuqing/women#law-t4',
      'lishui/women#law-t3-2',
    ],
    match: 'literal',
    why: 'the domestic-violence target of every women’s plan',
  },
  {
    query: '村委会成员',
    expected: [
      'fuxin-xihe/women#decision-t9',
      'qingyuan-qingcheng/women#decision-t7',
      'tianjin-wuqing/women#decision-m8',
    ],
    match: 'literal',
    why: 'women among village committee members',
  },
  {
    query: '贫血率',
    expected: [
      'fuxin-xihe/women#health-t8',
      'anshan-tiexi/children#health-t10',
      'fuxin-xihe/children#health-t9',
      'qingyuan-qingcheng/children#health-t8',
      'tianjin-wuqing/children#health-t8',
    ],
    match: 'literal',
    why: 'anaemia targets of women’s and children’s plans',
  },
  {
    query: '龋患率',
    expected: [
      'anshan-tiexi/children#health-t7',
      'fuxin-xihe/children#health-t9',
      'lishui/children#health-t4-4',
      'qingyuan-qingcheng/children#health-t9',
    ],
    match: 'literal',
    why: 'dental-caries targets',
  },
  {
    query: '校园欺凌',
    expected: [
      'lishui/children#safety-t3-4',
      'qingyuan-qingcheng/children#safety-m6',
      'tianjin-wuqing/children#safety-m6',
    ],
    match: 'literal',
    why: 'school bullying',
  },
  {
    query: '网络沉迷',
    expected: ['anshan-tiexi/children#safety-m10', 'fuxin-xihe/children#safety-m10', 'fuxin-xihe/women#environment-m5'],
    match: 'literal',
    why: 'internet addiction',
  },
  {
    query: '妇女议事会',
    expected: ['fuxin-xihe/women#decision-m2', 'tianjin-wuqing/women#decision-m2', 'lishui/women#decision-m7'],
    match: 'literal',
    why: 'women’s councils',
  },
  {
    query: '孤儿',
    expected: [
      'anshan-tiexi/children#welfare-t5',
      'fuxin-xihe/children#welfare-t5',
      'qingyuan-qingcheng/children#welfare-t6',
      'tianjin-wuqing/children#welfare-t6',
    ],
    match: 'literal',
    why: 'the orphans’ welfare target',
  },
  {
    query: 'HPV',
    expected: ['fuxin-xihe/women#health-m6', 'qingyuan-qingcheng/women#health-m5'],
    match: 'literal',
    why: 'ASCII letters (HPV vaccination)',
  },
];
