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

const PERCENT = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})
const SMALL_PERCENT = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const TICK_PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 })

/** A share (0.0068) as a percentage: "0.68%" below 1%, else one decimal ("23.4%"). */
export function formatShare(share: number): string {
  return (share !== 0 && Math.abs(share) < 0.01 ? SMALL_PERCENT : PERCENT).format(share)
}

/** What a chart or table shows: registrations, a share of new cars, or a growth index (first year = 100). */
export type ValueKind = 'count' | 'share' | 'index'

/** A value of the given kind as a table cell or tooltip shows it; "no data" for `null`. */
export function formatValue(kind: ValueKind, n: number | null): string {
  if (n === null || !Number.isFinite(n)) return 'no data'
  if (kind === 'share') return formatShare(n)
  return formatNumber(kind === 'index' ? Math.round(n) : n)
}

/** An axis label: shares without trailing zeros ("5%", "2.5%"), other values with separators. */
export function formatTick(kind: ValueKind, n: number): string {
  return kind === 'share' ? TICK_PERCENT.format(n) : formatNumber(n)
}

const ORDINAL_RULES = new Intl.PluralRules('en-US', { type: 'ordinal' })
const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }

/** A place in a ranking: "1st", "2nd", "23rd", "11th". */
export function formatOrdinal(n: number): string {
  return `${n}${ORDINAL_SUFFIXES[ORDINAL_RULES.select(n)] ?? 'th'}`
}

const FILE_SIZE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** A file's size as people read it: "850 KB", "12.4 MB" (1 MB = 1024 KB). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${FILE_SIZE.format(bytes / (1024 * 1024))} MB`
}
