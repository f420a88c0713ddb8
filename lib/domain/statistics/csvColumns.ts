/** Columns of the statistics CSV, in the order the export writes them. */
export const STATISTICS_CSV_COLUMNS = [
  'country',
  'year',
  'bev',
  'phev',
  'hev',
  'total_new_cars',
  'source',
  'notes',
] as const

/** One column of the statistics CSV. */
export type StatisticsCsvColumn = (typeof STATISTICS_CSV_COLUMNS)[number]

/** Count columns and the `ev-statistics` fields they fill. */
export const COUNT_COLUMNS = [
  ['bev', 'bev'],
  ['phev', 'phev'],
  ['hev', 'hev'],
  ['total_new_cars', 'totalNewCars'],
] as const

/** Text columns and the `ev-statistics` fields they fill. */
export const TEXT_COLUMNS = [
  ['source', 'source'],
  ['notes', 'notes'],
] as const

/** The values an imported row sets; a field is absent when its column is not in the file. */
export type StatisticsCsvValues = {
  bev?: number | null
  phev?: number | null
  hev?: number | null
  totalNewCars?: number | null
  source?: string | null
  notes?: string | null
}

/** One data row of an imported statistics CSV, with the line it starts on. */
export type StatisticsCsvRow = {
  line: number
  /** As written: an ISO code (`BE`), a slug (`belgium`) or a name that slugifies to one. */
  country: string
  year: number
  values: StatisticsCsvValues
}
