import type { IssueLog } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'
import { isBlank, readCount, readList } from './readValues'
import type { YearStatistics } from './types'

/** Legacy series hold one value per year, newest first: 2020 down to 2010. */
const NEWEST_YEAR = 2020
const YEAR_COUNT = 11

/** Front matter keys holding statistics series, in the order BEV, PHEV, HEV. */
export const SERIES_KEYS = ['BEV', 'PHEV', 'HEV'] as const

/** Values of one series, index 0 = 2020; all null when the series is absent or invalid. */
function readSeries(field: FrontMatterField | undefined, log: IssueLog): (number | null)[] {
  const values: (number | null)[] = Array.from({ length: YEAR_COUNT }, () => null)
  const list = readList(field, log)
  if (!field || !list) return values
  if (list.items.length !== YEAR_COUNT) {
    const count = list.items.length
    const message = `${field.key} has ${count} value${count === 1 ? '' : 's'}; expected ${YEAR_COUNT} (${NEWEST_YEAR} down to ${NEWEST_YEAR - YEAR_COUNT + 1})`
    log.errors.push({ line: field.valueLine, message })
    return values
  }
  list.items.forEach((item, index) => {
    if (isBlank(item)) return
    const what = `${field.key} value for ${NEWEST_YEAR - index}`
    values[index] = readCount(item, what, list.lines[index] ?? field.valueLine, log) ?? null
  })
  return values
}

/** Years with at least one figure, oldest first; missing figures stay null, never 0. */
export function readStatistics(fields: Map<string, FrontMatterField>, log: IssueLog): YearStatistics[] {
  const [bev, phev, hev] = SERIES_KEYS.map((key) => readSeries(fields.get(key), log))
  const statistics: YearStatistics[] = []
  for (let index = YEAR_COUNT - 1; index >= 0; index--) {
    const year = {
      year: NEWEST_YEAR - index,
      bev: bev?.[index] ?? null,
      phev: phev?.[index] ?? null,
      hev: hev?.[index] ?? null,
    }
    if (year.bev !== null || year.phev !== null || year.hev !== null) statistics.push(year)
  }
  return statistics
}
