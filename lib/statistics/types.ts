/** New passenger-car registrations for one year; `null` means "no data", never zero. */
export type YearStatistics = {
  year: number
  bev: number | null
  phev: number | null
  hev: number | null
}
