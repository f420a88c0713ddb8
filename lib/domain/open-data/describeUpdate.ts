import { formatNumber } from '@/lib/domain/format'

import { formatAccessDate } from './citation'
import type { DataUpdate, FigureChange } from './revisions'

const value = (n: number | null) => (n === null ? 'no data' : formatNumber(n))

/** One changed figure: "BEV revised from 3,733 to 3,800" (or "added: 3,800" for a new value). */
export function describeChange({ label, from, to }: FigureChange): string {
  if (from === null) return `${label} ${value(to)} added`
  if (to === null) return `${label} ${value(from)} withdrawn`
  return `${label} revised from ${value(from)} to ${value(to)}`
}

/**
 * What a change of figures says, as the revision list and the update feed print it:
 * "2018 BEV revised from 3,733 to 3,800" or "2024 added: BEV 1,200, PHEV no data".
 */
export function describeUpdate(update: DataUpdate): string {
  if (update.kind === 'new-year') {
    const figures = update.changes.map(({ label, to }) => `${label} ${value(to)}`)
    return figures.length > 0 ? `${update.year} added: ${figures.join(', ')}` : `${update.year} added`
  }
  return `${update.year} ${update.changes.map(describeChange).join('; ')}`
}

/** The date of a change as pages print it ("30 November 2026"). */
export const formatUpdateDate = (isoDate: string) => formatAccessDate(new Date(isoDate))

/** An update as the feed titles it: "Belgium: 2018 BEV revised from 3,733 to 3,800". */
export const describeUpdateTitle = (update: DataUpdate, countryName: string) =>
  `${countryName}: ${describeUpdate(update)}`

/** The source and the editor's note of an update, as sentences, or '' when it has neither. */
export function describeUpdateSource(update: DataUpdate): string {
  return [update.source && `Source: ${update.source}.`, update.note && `Note: ${update.note}`]
    .filter(Boolean)
    .join(' ')
}
