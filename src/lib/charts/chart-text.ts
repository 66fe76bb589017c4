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
