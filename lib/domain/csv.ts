import { buildMeasureLines, type Measure } from '@/lib/domain/statistics/measures'
import { roundShare } from '@/lib/domain/statistics/share'
import type { YearFigures } from '@/lib/domain/statistics/types'
import { YEAR_COLUMNS } from '@/lib/domain/statistics/yearColumns'

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

/** Columns after `year`: the registrations, the total of new cars and the shares as decimals (0.0068 = 0.68%). */
const FIGURE_COLUMNS = YEAR_COLUMNS.map((column) => column.name)

/** A year's registrations then its total and shares, empty where there is no total (never a partial share). */
function figureCells(row: YearFigures): CsvCell[] {
  return YEAR_COLUMNS.map((column) => column.read(row))
}

/** One country's statistics as CSV: `year,bev,phev,hev,total_new_cars,…_share`, years ascending. */
export function statisticsCsv(rows: readonly YearFigures[]): string {
  const sorted = [...rows].sort((a, b) => a.year - b.year)
  return toCsv(
    ['year', ...FIGURE_COLUMNS],
    sorted.map((r) => [r.year, ...figureCells(r)]),
  )
}

/** A statistics row labelled with its country, for the all-countries download. */
export type CountryYearStatistics = YearFigures & { country: string; isoCode: string }

const COLLATOR = new Intl.Collator('en', { sensitivity: 'base' })

/** Every country's statistics as CSV: `country,iso_code,year,bev,phev,hev,total_new_cars,…_share`. */
export function allStatisticsCsv(rows: readonly CountryYearStatistics[]): string {
  const sorted = [...rows].sort(
    (a, b) => COLLATOR.compare(a.country, b.country) || a.isoCode.localeCompare(b.isoCode) || a.year - b.year,
  )
  return toCsv(
    ['country', 'iso_code', 'year', ...FIGURE_COLUMNS],
    sorted.map((r) => [r.country, r.isoCode, r.year, ...figureCells(r)]),
  )
}

/** A value of a measure as a CSV cell: shares as rounded decimals, indexes to two decimals. */
function measureCell(measure: Measure, value: number | null): CsvCell {
  if (value === null) return null
  if (measure.kind === 'share') return roundShare(value)
  return measure.kind === 'index' ? Math.round(value * 100) / 100 : value
}

/**
 * The compare page's figures as CSV: `country,iso_code,year`, then one column per part of the
 * measure (`bev`, `bev_share`, `bev_index`, …; shares after the year's `total_new_cars`), in the
 * order the countries were chosen, years ascending.
 */
export function compareCsv(
  measure: Measure,
  countries: readonly { name: string; isoCode: string; rows: readonly YearFigures[] }[],
): string {
  const hasTotals = measure.kind === 'share'
  const header = [
    'country',
    'iso_code',
    'year',
    ...(hasTotals ? ['total_new_cars'] : []),
    ...measure.parts.map((part) => `${part.key}${measure.columnSuffix}`),
  ]
  const rows = countries.flatMap(({ name, isoCode, rows: figures }) => {
    const lines = measure.parts.map(
      (part) => buildMeasureLines(measure, part, [{ key: isoCode, label: name, rows: figures }])[0],
    )
    return [...figures]
      .sort((a, b) => a.year - b.year)
      .map((row) => [
        name,
        isoCode,
        row.year,
        ...(hasTotals ? [row.totalNewCars] : []),
        ...lines.map((line) =>
          measureCell(measure, line?.points.find((point) => point.year === row.year)?.value ?? null),
        ),
      ])
  })
  return toCsv(header, rows)
}
