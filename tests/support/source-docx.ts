import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, type ILevelsOptions } from 'docx';

/** A printed list number that the Word copy writes as automatic numbering instead. */
interface ListNumber {
  format: (typeof LevelFormat)[keyof typeof LevelFormat];
  /** The number as counted. */
  value: number;
  /** Level text, e.g. `%1.` or `（%1）`. */
  text: string;
  /** The text after the number. */
  rest: string;
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function chineseValue(numeral: string): number | null {
  // The sources number parts and subsections up to 十: 一…十 only.
  const index = CHINESE_NUMERALS.indexOf(numeral);
  return index < 0 ? null : index + 1;
}

/** The automatic number a source line starts with (`1.`, `2、`, `一、`, `（三）`), or null. */
function listNumberOf(line: string): ListNumber | null {
  const decimal = /^(\d{1,2})([.、])(?!\d)(.*)$/u.exec(line);
  if (decimal)
    return {
      format: LevelFormat.DECIMAL,
      value: Number(decimal[1]),
      text: `%1${decimal[2] ?? ''}`,
      rest: decimal[3] ?? '',
    };
  const part = /^([一二三四五六七八九十])、(.*)$/u.exec(line);
  const partValue = part ? chineseValue(part[1] ?? '') : null;
  if (part && partValue)
    return { format: LevelFormat.CHINESE_COUNTING, value: partValue, text: '%1、', rest: part[2] ?? '' };
  const subsection = /^（([一二三四五六七八九十])）(.*)$/u.exec(line);
  const subsectionValue = subsection ? chineseValue(subsection[1] ?? '') : null;
  if (subsection && subsectionValue)
    return { format: LevelFormat.CHINESE_COUNTING, value: subsectionValue, text: '（%1）', rest: subsection[2] ?? '' };
  return null;
}

/**
 * A Word document of a source text, as a clerk would have typed it: one
 * paragraph per non-blank line (indentation removed), and the list numbers
 * that open a line (`1.`, `2、`, `一、`, `（三）`) as Word's automatic
 * numbering, each paragraph restarting at its printed number so that lost
 * or repeated numbers stay as printed.
 */
export async function docxOfSourceText(text: string): Promise<Uint8Array> {
  const configs = new Map<string, ILevelsOptions & { reference: string }>();
  const paragraphs: Paragraph[] = [];
  let instance = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const number = listNumberOf(line);
    if (!number) {
      paragraphs.push(new Paragraph({ text: line }));
      continue;
    }
    const reference = `${number.format}-${number.text}-${number.value}`;
    configs.set(reference, {
      reference,
      level: 0,
      format: number.format,
      text: number.text,
      start: number.value,
      suffix: LevelSuffix.NOTHING,
      alignment: AlignmentType.LEFT,
    });
    paragraphs.push(new Paragraph({ text: number.rest, numbering: { reference, level: 0, instance: instance++ } }));
  }
  const document = new Document({
    numbering: { config: [...configs.values()].map(({ reference, ...level }) => ({ reference, levels: [level] })) },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
