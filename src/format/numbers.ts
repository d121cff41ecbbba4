/**
 * Numbers as the pages print them (zh-CN grouping: 1,004; at least
 * `minimumFractionDigits` and by default up to two decimals). One formatter
 * per precision for the whole build: creating one per call (toLocaleString)
 * cost 1.5 s over 10,000 cluster pages.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(
  value: number,
  minimumFractionDigits = 0,
  maximumFractionDigits = Math.max(2, minimumFractionDigits),
): string {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('zh-CN', { minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format.format(value);
}

/** A number with exactly `decimals` decimals, grouped: what `toFixed` gives, as the pages print numbers (12,800.0). */
export const formatFixed = (value: number, decimals = 0): string => formatNumber(value, decimals, decimals);
