const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a `YYYY-MM-DD` date the way Chinese documents print it, e.g.
 * `2022-09-09` → `2022年9月9日`. Works on the string alone (no `Date`, so no
 * time-zone shifts).
 * @throws {RangeError} when `isoDate` is not `YYYY-MM-DD`.
 */
export function formatChineseDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const [, year, month, day] = match;
  return `${String(year)}年${String(Number(month))}月${String(Number(day))}日`;
}
