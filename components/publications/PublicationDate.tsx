import type { PublicationSummary } from '@/lib/domain/publications/types'

// Dates are stored as UTC timestamps of a calendar day; formatting in UTC keeps that day.
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** When a publication appeared: its day ("8 June 2021") where known, else its year. */
export function PublicationDate({ publication }: { publication: Pick<PublicationSummary, 'date' | 'year'> }) {
  const { date, year } = publication
  if (!date) return <time dateTime={String(year)}>{year}</time>
  return <time dateTime={date}>{DAY.format(new Date(date))}</time>
}
