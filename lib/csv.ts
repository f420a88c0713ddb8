import type { YearStatistics } from '@/lib/statistics/types'

/** A CSV cell: `null`/`undefined` become an empty cell, which means "no data" (not 0). */
export type CsvCell = string | number | null | undefined

const CRLF = '\r\n'
// Spreadsheets run cells starting with these as formulas (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** Formats one cell per RFC 4180, neutralising text that a spreadsheet would run as a formula. */
function formatCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Builds RFC 4180 CSV: CRLF after every record, quoted where needed, empty cells for no data. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return [header, ...rows].map((row) => row.map(formatCsvCell).join(',') + CRLF).join('')
}

/** One country's statistics as CSV: `year,bev,phev,hev`, years ascending. */
export function statisticsCsv(rows: readonly YearStatistics[]): string {
  const sorted = [...rows].sort((a, b) => a.year - b.year)
  return toCsv(
    ['year', 'bev', 'phev', 'hev'],
    sorted.map((r) => [r.year, r.bev, r.phev, r.hev]),
  )
}

/** A statistics row labelled with its country, for the all-countries download. */
export type CountryYearStatistics = YearStatistics & { country: string; isoCode: string }

const COLLATOR = new Intl.Collator('en', { sensitivity: 'base' })

/** Every country's statistics as CSV: `country,iso_code,year,bev,phev,hev`, by country then year. */
export function allStatisticsCsv(rows: readonly CountryYearStatistics[]): string {
  const sorted = [...rows].sort(
    (a, b) => COLLATOR.compare(a.country, b.country) || a.isoCode.localeCompare(b.isoCode) || a.year - b.year,
  )
  return toCsv(
    ['country', 'iso_code', 'year', 'bev', 'phev', 'hev'],
    sorted.map((r) => [r.country, r.isoCode, r.year, r.bev, r.phev, r.hev]),
  )
}
