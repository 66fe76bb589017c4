/** Text and number helpers shared by the chart geometry functions. */

/** One text element of a chart. */
export interface ChartText {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** Font size in SVG units. */
  size: number;
  weight?: 'bold';
  /** `muted` for secondary text (still AA on white). */
  colour?: 'muted';
}

/** A coordinate rounded to 0.1 (stable output, small files). */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Approximate width of `text` at `size`: Han characters and full-width signs are square, the rest about 0.6 em. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text)
    width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(char) ? size : size * 0.6;
  return width;
}

/** `text` broken into lines no wider than `width` (by character: Chinese has no spaces to break at). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line !== '' && textWidth(line + char, size) > width) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Notes under a chart, each wrapped to `width` in small muted text, one line
 * every 18 units from `top`; returns the text elements and the y below them.
 */
export function footnoteLines(
  notes: readonly string[],
  width: number,
  size: number,
  top: number,
): { footnotes: ChartText[]; bottom: number } {
  const footnotes: ChartText[] = [];
  let y = top;
  for (const note of notes) {
    for (const line of wrapText(note, width, size)) {
      footnotes.push({ x: 0, y: round(y), text: line, anchor: 'start', size, colour: 'muted' });
      y += 18;
    }
  }
  return { footnotes, bottom: y };
}

/**
 * A chart's title, wrapped to `width` in bold 15-unit text from the top, one
 * line every 20 units; returns the text elements and the y below them.
 */
export function headingLines(title: string, width: number): { heading: ChartText[]; bottom: number } {
  const heading = wrapText(title, width, 15).map((line, index): ChartText => ({
    x: 0,
    y: 17 + index * 20,
    text: line,
    anchor: 'start',
    size: 15,
    weight: 'bold',
  }));
  return { heading, bottom: 14 + heading.length * 20 };
}
