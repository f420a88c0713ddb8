// Dates are stored as UTC timestamps of a calendar day; formatting in UTC keeps that day.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** A published date as `<time>` ("15 March 2021"), or "Not dated" when it is empty or invalid. */
export function PublishedDate({ value }: { value: string | null | undefined }) {
  const date = value ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) return <span>Not dated</span>
  return <time dateTime={date.toISOString().slice(0, 10)}>{DATE_FORMAT.format(date)}</time>
}
