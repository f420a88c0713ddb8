/** The kinds of publication, as stored (`value`) and as shown (`label`). */
export const PUBLICATION_TYPES = [
  { value: 'annual-report', label: 'Annual report' },
  { value: 'task-report', label: 'Task report' },
  { value: 'newsletter', label: 'Newsletter' },
  { value: 'brochure', label: 'Brochure' },
  { value: 'paper', label: 'Paper' },
  { value: 'other', label: 'Other' },
] as const

export type PublicationType = (typeof PUBLICATION_TYPES)[number]['value']

export const PUBLICATION_TYPE_VALUES: readonly PublicationType[] = PUBLICATION_TYPES.map((type) => type.value)

/** "Annual report" for `annual-report`; an unknown value is shown as it is. */
export function publicationTypeLabel(value: string): string {
  return PUBLICATION_TYPES.find((type) => type.value === value)?.label ?? value
}

/** What lists, pages and search show of a published publication. */
export type PublicationSummary = {
  id: number | string
  title: string
  slug: string
  type: PublicationType
  year: number
  /** The day it appeared (ISO date), when known; else only the year is. */
  date: string | null
  description: string | null
  /** The PDF's address (Payload's file route). */
  fileUrl: string
  filename: string
  /** Bytes. */
  fileSize: number | null
  /** From the PDF, once read; null before. */
  pageCount: number | null
  thumbnailUrl: string | null
  tasks: { number: number; title: string }[]
  countries: { name: string; slug: string }[]
  updatedAt: string
}

/** Newest first: by day where known, else by year; then by title. */
export function compareNewestFirst(a: PublicationSummary, b: PublicationSummary): number {
  const dateOf = (item: PublicationSummary) => item.date ?? `${item.year}-00-00`
  const byDate = dateOf(b).localeCompare(dateOf(a))
  return byDate !== 0 ? byDate : a.title.localeCompare(b.title, 'en')
}
