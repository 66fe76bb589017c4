/** Today's date (UTC) as YYYY-MM-DD; `PLAN_ATLAS_TODAY` overrides it for reproducible checks. */
export function isoToday(): string {
  return process.env['PLAN_ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
}
