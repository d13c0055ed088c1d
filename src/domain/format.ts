// Figures are quoted in articles: always the full number, en-US separators, no rounding.
const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const SHORT_DATE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatInt(n: number): string {
  return INT.format(n);
}

/** Axis ticks only: "450M". Never used for a figure someone could quote. */
export function formatCompact(n: number): string {
  return COMPACT.format(n);
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** "Jul 19, 2026" from an ISO date. */
export function formatDate(iso: string): string {
  return SHORT_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** "Sep 2021" from an ISO date: calendar axis ticks. */
export function formatMonthYear(iso: string): string {
  return MONTH_YEAR.format(new Date(`${iso}T00:00:00Z`));
}

export function formatOrdinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
