import XMLBuilder from 'fast-xml-builder';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { formatListNumber } from './list-number-formats.ts';

/*
 * mammoth turns Word's automatic list numbering into <ol>/<ul> and forgets
 * the number format (`1.`, `（一）`, `①`…) and start value, but in a plan the
 * printed number is part of the text. So before mammoth reads the document,
 * this pre-pass writes each numbered paragraph's printed number into the
 * paragraph as text and switches its numbering off (numId 0).
 */

/** One level of a Word list definition. */
interface LevelDefinition {
  start: number;
  /** ST_NumberFormat, e.g. `decimal`, `chineseCounting`, `bullet`. */
  format: string;
  /** The level text, e.g. `%1.` or `（%1）`. */
  text: string;
  /** What follows the number: a tab, a space or nothing. */
  suffix: string;
}

/** A numbering instance (`w:num`): its list definition and start overrides. */
interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

interface NumberingDefinitions {
  levels: Map<string, Map<number, LevelDefinition>>;
  instances: Map<string, NumberingInstance>;
  /** Paragraph styles that carry numbering: numId and level. */
  styles: Map<string, { numId: string; level: number }>;
}

type Attributes = Record<string, string | undefined>;
interface XmlElement {
  [key: string]: unknown;
}

const ATTRIBUTE_PREFIX = '@_';
const REPEATED = new Set(['w:abstractNum', 'w:lvl', 'w:num', 'w:lvlOverride', 'w:style']);

/** Parser for reading numbering.xml and styles.xml as plain objects. */
const objectParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

/** Parser and builder for rewriting document.xml without changing anything else in it. */
const orderedOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  preserveOrder: true,
  trimValues: false,
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: false,
  suppressEmptyNode: true,
} as const;

function value(element: unknown): string | undefined {
  if (typeof element !== 'object' || element === null) return undefined;
  const raw = (element as Attributes)[`${ATTRIBUTE_PREFIX}w:val`];
  return typeof raw === 'string' ? raw : undefined;
}

function list(element: unknown): XmlElement[] {
  return Array.isArray(element) ? (element as XmlElement[]) : [];
}

function readNumbering(numberingXml: string | null, stylesXml: string | null): NumberingDefinitions {
  const definitions: NumberingDefinitions = { levels: new Map(), instances: new Map(), styles: new Map() };
  if (numberingXml) {
    const root = (objectParser.parse(numberingXml) as XmlElement)['w:numbering'] as XmlElement | undefined;
    for (const abstract of list(root?.['w:abstractNum'])) {
      const levels = new Map<number, LevelDefinition>();
      for (const level of list(abstract['w:lvl'])) {
        const index = Number(level[`${ATTRIBUTE_PREFIX}w:ilvl`] ?? 0);
        levels.set(index, {
          start: Number(value(level['w:start']) ?? 1),
          format: value(level['w:numFmt']) ?? 'decimal',
          text: value(level['w:lvlText']) ?? '',
          suffix: value(level['w:suff']) ?? 'tab',
        });
        const style = value(level['w:pStyle']);
        if (style)
          definitions.styles.set(style, {
            numId: `abstract:${String(abstract[`${ATTRIBUTE_PREFIX}w:abstractNumId`])}`,
            level: index,
          });
      }
      definitions.levels.set(String(abstract[`${ATTRIBUTE_PREFIX}w:abstractNumId`]), levels);
    }
    for (const num of list(root?.['w:num'])) {
      const startOverrides = new Map<number, number>();
      for (const override of list(num['w:lvlOverride'])) {
        const start = value(override['w:startOverride']);
        if (start !== undefined) startOverrides.set(Number(override[`${ATTRIBUTE_PREFIX}w:ilvl`] ?? 0), Number(start));
      }
      definitions.instances.set(String(num[`${ATTRIBUTE_PREFIX}w:numId`]), {
        abstractId: value(num['w:abstractNumId']) ?? '',
        startOverrides,
      });
    }
  }
  if (stylesXml) {
    const root = (objectParser.parse(stylesXml) as XmlElement)['w:styles'] as XmlElement | undefined;
    for (const style of list(root?.['w:style'])) {
      const numPr = (style['w:pPr'] as XmlElement | undefined)?.['w:numPr'] as XmlElement | undefined;
      const numId = value(numPr?.['w:numId']);
      if (numId !== undefined)
        definitions.styles.set(String(style[`${ATTRIBUTE_PREFIX}w:styleId`]), {
          numId,
          level: Number(value(numPr?.['w:ilvl']) ?? 0),
        });
    }
  }
  return definitions;
}

/** Counts list items the way Word does: per list definition, restarting deeper levels, honouring start overrides. */
class ListCounters {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly startedInstances = new Set<string>();

  private readonly definitions: NumberingDefinitions;

  constructor(definitions: NumberingDefinitions) {
    this.definitions = definitions;
  }

  /** The printed number of the next item at `level` of list `numId`, or null for a bullet or an unknown list. */
  next(numId: string, level: number): { label: string; suffix: string } | null {
    const instance = numId.startsWith('abstract:')
      ? { abstractId: numId.slice('abstract:'.length), startOverrides: new Map<number, number>() }
      : this.definitions.instances.get(numId);
    const levels = instance ? this.definitions.levels.get(instance.abstractId) : undefined;
    const definition = levels?.get(level);
    if (!instance || !levels || !definition) return null;
    // An instance with start overrides is a list of its own (a restart); others continue their definition's count.
    const key = instance.startOverrides.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    if (instance.startOverrides.size > 0 && !this.startedInstances.has(numId)) {
      this.startedInstances.add(numId);
      for (const [overridden, start] of instance.startOverrides) counts[overridden] = start - 1;
    }
    counts[level] = (counts[level] ?? (levels.get(level)?.start ?? 1) - 1) + 1;
    counts.length = level + 1;
    if (definition.format === 'bullet') return null;
    const label = definition.text.replace(/%(\d)/gu, (_, digit: string) => {
      const index = Number(digit) - 1;
      const count = counts[index] ?? levels.get(index)?.start ?? 1;
      return formatListNumber(count, levels.get(index)?.format ?? 'decimal');
    });
    return { label, suffix: definition.suffix };
  }
}

type OrderedNode = Record<string, unknown>;

function childrenOf(node: OrderedNode, tag: string): OrderedNode[] {
  const children = node[tag];
  return Array.isArray(children) ? (children as OrderedNode[]) : [];
}

function attribute(node: OrderedNode | undefined, name: string): string | undefined {
  const attributes = node?.[':@'] as Attributes | undefined;
  return attributes?.[`${ATTRIBUTE_PREFIX}${name}`];
}

function find(nodes: readonly OrderedNode[], tag: string): OrderedNode | undefined {
  return nodes.find((node) => tag in node);
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Numbering of one paragraph (`w:p` children): explicit `w:numPr`, else its style's. */
function paragraphNumbering(
  paragraph: OrderedNode[],
  definitions: NumberingDefinitions,
): { numId: string; level: number } | null {
  const properties = childrenOf(find(paragraph, 'w:pPr') ?? {}, 'w:pPr');
  const numPr = find(properties, 'w:numPr');
  if (numPr) {
    const numId = attribute(find(childrenOf(numPr, 'w:numPr'), 'w:numId'), 'w:val');
    const level = Number(attribute(find(childrenOf(numPr, 'w:numPr'), 'w:ilvl'), 'w:val') ?? 0);
    return numId === undefined || numId === '0' ? null : { numId, level };
  }
  const style = attribute(find(properties, 'w:pStyle'), 'w:val');
  return style === undefined ? null : (definitions.styles.get(style) ?? null);
}

/** Writes `label` as the paragraph's first run and turns its list numbering off. */
function printNumber(paragraph: OrderedNode[], label: string): void {
  let pPr = find(paragraph, 'w:pPr');
  if (!pPr) {
    pPr = { 'w:pPr': [] };
    paragraph.unshift(pPr);
  }
  const properties = childrenOf(pPr, 'w:pPr').filter((node) => !('w:numPr' in node));
  properties.unshift({
    'w:numPr': [
      { 'w:ilvl': [], ':@': { [`${ATTRIBUTE_PREFIX}w:val`]: '0' } },
      { 'w:numId': [], ':@': { [`${ATTRIBUTE_PREFIX}w:val`]: '0' } },
    ],
  });
  pPr['w:pPr'] = properties;
  const run = {
    'w:r': [{ 'w:t': [{ '#text': escapeXml(label) }], ':@': { [`${ATTRIBUTE_PREFIX}xml:space`]: 'preserve' } }],
  };
  paragraph.splice(paragraph.indexOf(pPr) + 1, 0, run);
}

/** Visits every `w:p` in document order (including table cells), printing list numbers. */
function visitParagraphs(nodes: readonly OrderedNode[], action: (paragraph: OrderedNode[]) => void): void {
  for (const node of nodes) {
    for (const [tag, children] of Object.entries(node)) {
      if (tag === ':@' || !Array.isArray(children)) continue;
      if (tag === 'w:p') action(children as OrderedNode[]);
      visitParagraphs(children as OrderedNode[], action);
    }
  }
}

/** Result of the numbering pre-pass. */
export interface PrintedNumbers {
  /** The .docx with printed numbers as text. */
  docx: Uint8Array;
  /** Numbered paragraphs whose number was written as text. */
  numbered: number;
  /** Bulleted paragraphs (their bullet symbol is not text and is dropped). */
  bulleted: number;
}

/**
 * Writes the automatic list numbers of a .docx into its paragraphs as text
 * (`1.`, `（一）`, `①`… followed by a space, or nothing where Word puts
 * nothing after the number), so that they survive the conversion to text.
 */
export function printListNumbers(docx: Uint8Array): PrintedNumbers {
  const files = unzipSync(docx);
  const documentXml = files['word/document.xml'];
  if (!documentXml)
    throw new Error('不是有效的 Word（.docx）文件：缺少 word/document.xml。请用 Word 打开后另存为 .docx 再导入');
  const read = (name: string): string | null => {
    const file = files[name];
    return file ? strFromU8(file) : null;
  };
  const definitions = readNumbering(read('word/numbering.xml'), read('word/styles.xml'));
  const counters = new ListCounters(definitions);
  const tree = new XMLParser(orderedOptions).parse(strFromU8(documentXml)) as OrderedNode[];
  let numbered = 0;
  let bulleted = 0;
  visitParagraphs(tree, (paragraph) => {
    const numbering = paragraphNumbering(paragraph, definitions);
    if (!numbering) return;
    const printed = counters.next(numbering.numId, numbering.level);
    if (!printed) {
      bulleted++;
      return;
    }
    printNumber(paragraph, printed.label + (printed.suffix === 'nothing' ? '' : ' '));
    numbered++;
  });
  if (numbered === 0) return { docx, numbered, bulleted };
  files['word/document.xml'] = strToU8(new XMLBuilder(orderedOptions).build(tree));
  return { docx: zipSync(files), numbered, bulleted };
}
