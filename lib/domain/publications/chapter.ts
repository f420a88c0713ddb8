/** Where a country's or a task's chapter begins: a published publication and a page of its PDF. */
export type Chapter = {
  publicationTitle: string
  publicationSlug: string
  /** The PDF's address, without a page. */
  fileUrl: string
  startPage: number
}

/** "Belgium in the Annual Report 2021, from page 107". */
export function describeChapter(
  subject: string,
  chapter: Pick<Chapter, 'publicationTitle' | 'startPage'>,
): string {
  const where = `${subject} in the ${chapter.publicationTitle}`
  return chapter.startPage > 1 ? `${where}, from page ${chapter.startPage}` : where
}

/** A chapter's start page as stored: a whole number from 1, or 1 when missing or invalid. */
export function readStartPage(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : 1
}
