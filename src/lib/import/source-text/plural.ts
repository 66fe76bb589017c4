/** `1 page`, `2 pages`: a count and an English noun for the notes. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
