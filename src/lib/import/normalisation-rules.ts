/**
 * The one table of normalisation rules.
 *
 * The published text of a plan must equal its source lines after exactly these
 * rules (whitespace aside): the importer may not drop, add or alter any other
 * character. Character rules carry a `pattern` and are applied, in table order,
 * by {@link normaliseSourceText}; layout rules (`pattern: null`) describe what
 * the importer does with line breaks and whitespace, which the fidelity
 * comparison ignores anyway. The table is also shown on the /about/ page
 * (`description_zh`).
 *
 * The rules were chosen by reading the five source texts in `data/sources/`.
 * None of them carries page numbers or running heads, so there is no rule for
 * them; a future source that does needs a rule here.
 */

/** One normalisation rule. */
export interface NormalisationRule {
  /** Stable kebab-case identifier. */
  id: string;
  /** What the rule matches, as shown to readers (e.g. `％`). */
  from: string;
  /** What it becomes (e.g. `%`). */
  to: string;
  /** What the rule does and why, in English. */
  description: string;
  /** The same, in Chinese, for the /about/ page. */
  description_zh: string;
  /** Global regular expression of a character rule; null for a layout rule. */
  pattern: RegExp | null;
  /** Replacement string for `pattern` (may use `$1`…); empty for layout rules. */
  replacement: string;
}

/** CJK ideographs and full-width punctuation: the "Chinese context" of the ASCII punctuation rules. */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d';

/** Every normalisation rule, in the order the character rules are applied. */
export const NORMALISATION_RULES: readonly NormalisationRule[] = [
  {
    id: 'fullwidth-digits',
    from: '０–９',
    to: '0–9',
    description: 'Full-width digits become ASCII digits, so figures are written one way.',
    description_zh: '全角数字改为半角数字，数字写法统一。',
    pattern: /[０-９]/gu,
    replacement: '',
  },
  {
    id: 'fullwidth-percent',
    from: '％',
    to: '%',
    description: 'The full-width percent sign becomes `%`, which the sources use almost everywhere.',
    description_zh: '全角百分号“％”改为“%”（原文绝大多数处用“%”）。',
    pattern: /％/gu,
    replacement: '%',
  },
  {
    id: 'fullwidth-full-stop-after-digit',
    from: '1．',
    to: '1.',
    description: 'The full-width full stop `．` after a digit (list numbers such as `1．`) becomes `.`.',
    description_zh: '数字后的全角点“．”（如序号“1．”）改为“.”。',
    pattern: /(?<=\d)．/gu,
    replacement: '.',
  },
  {
    id: 'list-number-ideographic-comma',
    from: '1、（行首序号）',
    to: '1.',
    description: 'A list number written `1、` at the start of a line is written `1.`, like all other list numbers.',
    description_zh: '行首序号“1、”统一写作“1.”。',
    pattern: /^([ \t\u3000\u00a0]*\d{1,2})、/gmu,
    replacement: '$1.',
  },
  {
    id: 'conversion-bullet',
    from: '- 1.（行首）',
    to: '1.',
    description:
      'A `- ` bullet left in front of a list number by a document conversion (细河 source) is dropped; the printed number is kept.',
    description_zh: '删除文档转换时留在序号前的“- ”符号（细河区原文），保留原序号。',
    pattern: /^([ \t\u3000\u00a0]*)- (?=\d)/gmu,
    replacement: '$1',
  },
  {
    id: 'ascii-comma',
    from: ',',
    to: '，',
    description: 'An ASCII comma in Chinese text (not between two digits) becomes the full-width comma `，`.',
    description_zh: '中文语境中的半角逗号“,”（数字之间的除外）改为全角逗号“，”。',
    pattern: /,(?!(?<=\d,)\d)/gu,
    replacement: '，',
  },
  {
    id: 'ascii-colon',
    from: ':',
    to: '：',
    description: 'An ASCII colon (not between two digits, as in the ratio `3:2`) becomes the full-width colon `：`.',
    description_zh: '半角冒号“:”改为全角冒号“：”（比例如“3:2”中数字之间的冒号除外）。',
    pattern: /:(?!(?<=\d:)\d)/gu,
    replacement: '：',
  },
  {
    id: 'ascii-semicolon',
    from: ';',
    to: '；',
    description: 'An ASCII semicolon becomes the full-width semicolon `；`.',
    description_zh: '半角分号“;”改为全角分号“；”。',
    pattern: /;/gu,
    replacement: '；',
  },
  {
    id: 'ascii-parentheses',
    from: '( )',
    to: '（ ）',
    description:
      'ASCII parentheses become full-width parentheses, as in the rest of the text (e.g. `(一)` → `（一）`).',
    description_zh: '半角括号“( )”改为全角括号“（ ）”，如“(一)”改为“（一）”。',
    pattern: /[()]/gu,
    replacement: '',
  },
  {
    id: 'list-number-parenthesised',
    from: '（1）（行首序号）',
    to: '1.',
    description:
      'A list number written `（1）` or `(1)` at the start of a line is written `1.`, like all other list numbers.',
    description_zh: '行首序号“（1）”“(1)”统一写作“1.”。',
    pattern: /^([ \t\u3000\u00a0]*)（(\d{1,2})）/gmu,
    replacement: '$1$2.',
  },
  {
    id: 'list-number-circled',
    from: '①（行首序号）',
    to: '1.',
    description: 'A circled list number `①`–`⑳` at the start of a line is written `1.`, like all other list numbers.',
    description_zh: '行首带圈序号“①”至“⑳”统一写作“1.”。',
    pattern: /^([ \t\u3000\u00a0]*)[\u2460-\u2473]/gmu,
    replacement: '',
  },
  {
    id: 'english-and',
    from: '“ and ”（中文之间）',
    to: '和',
    description:
      'The English word `and` between Chinese words (e.g. `意识 and 能力`) is a conversion artefact for `和` and is written `和`.',
    description_zh: '中文词语之间的英文“and”（如“意识 and 能力”）是文档转换留下的错误，改回“和”。',
    pattern: new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]*and[ \\t\\u00a0]*(?=[${CJK}])`, 'gu'),
    replacement: '和',
  },
  {
    id: 'page-break-join',
    from: '句中换行、分页空行',
    to: '（接排）',
    description:
      'A sentence broken across lines, or across a page break (blank lines inside a sentence), is joined into one paragraph.',
    description_zh: '句子中间的换行和分页造成的空行不保留，前后文字接排为同一段。',
    pattern: null,
    replacement: '',
  },
  {
    id: 'whitespace',
    from: '行首缩进、行尾空格',
    to: '（删除）',
    description:
      'Indentation and spaces at the start or end of a line are dropped; spaces inside a line (e.g. `10.5/10 万`) are kept as printed.',
    description_zh: '删除行首缩进和行尾空格；行内空格（如“10.5/10 万”）照原文保留。',
    pattern: null,
    replacement: '',
  },
];

/** Replacement for the rules whose replacement depends on the matched character. */
function replaceCharacter(id: string, match: string): string {
  switch (id) {
    case 'fullwidth-digits':
      return String.fromCharCode(match.charCodeAt(0) - 0xff10 + 0x30);
    case 'ascii-parentheses':
      return match === '(' ? '（' : '）';
    case 'list-number-circled': {
      const circled = match.at(-1) ?? '';
      return `${match.slice(0, -1)}${String((circled.codePointAt(0) ?? 0x2460) - 0x2460 + 1)}.`;
    }
    default:
      return match;
  }
}

/**
 * Applies the character rules of {@link NORMALISATION_RULES} to a text, in
 * table order. Every rule works within one line, so normalising a whole text
 * equals normalising each of its lines.
 */
export function normaliseSourceText(text: string): string {
  let result = text;
  for (const rule of NORMALISATION_RULES) {
    if (!rule.pattern) continue;
    const { id, replacement } = rule;
    result =
      replacement === ''
        ? result.replace(rule.pattern, (match) => replaceCharacter(id, match))
        : result.replace(rule.pattern, replacement);
  }
  return result;
}
