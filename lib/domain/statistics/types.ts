/** New passenger-car registrations for one year; `null` means "no data", never zero. */
export type YearStatistics = {
  year: number
  bev: number | null
  phev: number | null
  hev: number | null
}

/** A year's registrations and the total of new passenger cars (for market share; `null` = no data). */
export type YearFigures = YearStatistics & { totalNewCars: number | null }
