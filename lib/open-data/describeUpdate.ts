import { formatCell } from '@/lib/format'

import type { DataUpdate, FigureChange } from './revisions'

const formatChange = ({ label, from, to }: FigureChange) =>
  `${label} revised from ${formatCell(from)} to ${formatCell(to)}`

const formatFigure = ({ label, to }: FigureChange) => `${label} ${formatCell(to)}`

/**
 * A data update in words, as the feed and lists print it: "Belgium: 2018 BEV revised from 3,733
 * to 3,800" or "Belgium: 2019 added (BEV 5,000, PHEV no data, …)". No data reads "no data", never 0.
 */
export function describeUpdateTitle(update: DataUpdate, countryName: string): string {
  if (update.kind === 'revision')
    return `${countryName}: ${update.year} ${update.changes.map(formatChange).join(', ')}`
  const figures = update.changes.map(formatFigure).join(', ')
  return `${countryName}: ${update.year} added${figures ? ` (${figures})` : ''}`
}

/** The source and the editor's note of an update, as sentences, or '' when it has neither. */
export function describeUpdateSource(update: DataUpdate): string {
  return [update.source && `Source: ${update.source}.`, update.note && `Note: ${update.note}`]
    .filter(Boolean)
    .join(' ')
}
