/**
 * The ways a clerk writes a day, read as YYYY-MM-DD: 2026-12-08, 2026-12-8,
 * 2026/12/8, 2026.12.8, 2026年12月8日, in either width (２０２６年…). A
 * spelling that names no real day (2026-02-30) is not a day.
 */
export function readDay(text: string): string | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/.exec(t);
  if (!m) return undefined;
  if (/年/.test(t) !== /月/.test(t)) return undefined;
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : undefined;
}
