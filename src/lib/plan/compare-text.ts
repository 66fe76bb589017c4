/** Removes every whitespace character (line and page breaks are not part of the text of record). */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Where two texts first differ, with some context, or null when they are equal. */
export function firstDifference(
  expected: string,
  actual: string,
  context = 30,
): { index: number; expected: string; actual: string } | null {
  if (expected === actual) return null;
  let index = 0;
  while (index < expected.length && index < actual.length && expected[index] === actual[index]) index++;
  const from = Math.max(0, index - context);
  return {
    index,
    expected: expected.slice(from, index + context),
    actual: actual.slice(from, index + context),
  };
}
