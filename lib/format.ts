// One shared formatter: constructing Intl.NumberFormat per call is slow, and a fixed locale keeps
// server output identical whatever the host's locale is.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** Formats a number with English thousands separators ("13,226"). */
export function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n)
}

/** Formats a table cell: a number with separators, or "no data" for `null` (never "0"). */
export function formatCell(n: number | null): string {
  return n === null || !Number.isFinite(n) ? 'no data' : formatNumber(n)
}
