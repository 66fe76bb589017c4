/** A table cell: its text and how many rows and columns it spans. */
export interface TableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** Escapes a cell's text for a Markdown table: `|` and backslashes, line breaks as spaces. */
function escapeCell(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/\|/gu, '\\|')
    .replace(/\s*\n\s*/gu, ' ')
    .trim();
}

/**
 * Lays out rows of cells on a grid (a cell spanning rows or columns takes
 * its text to its first position; the positions it covers stay empty, since
 * a Markdown table cannot merge cells) and writes them as a Markdown table,
 * the first row as the header row.
 */
export function markdownTable(rows: readonly (readonly TableCell[])[]): string[] {
  const grid: string[][] = [];
  rows.forEach((row, rowIndex) => {
    const line = (grid[rowIndex] ??= []);
    let column = 0;
    for (const cell of row) {
      while (line[column] !== undefined) column++;
      for (let r = 0; r < Math.max(1, cell.rowSpan); r++) {
        const target = (grid[rowIndex + r] ??= []);
        for (let c = 0; c < Math.max(1, cell.colSpan); c++)
          target[column + c] = r === 0 && c === 0 ? escapeCell(cell.text) : '';
      }
      column += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(1, ...grid.map((line) => line.length));
  const lines = grid
    .slice(0, Math.max(rows.length, 1))
    .map((line) => `| ${Array.from({ length: width }, (_, index) => line[index] ?? '').join(' | ')} |`);
  if (lines.length === 0) return [];
  lines.splice(1, 0, `| ${Array.from({ length: width }, () => '---').join(' | ')} |`);
  return lines;
}
