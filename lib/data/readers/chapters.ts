import { readStartPage, type Chapter } from '@/lib/domain/publications/chapter'
import { publicationFilePath } from '@/lib/domain/urls'
import type { Publication } from '@/payload-types'

import { populatedOne, type Related } from '../relations'

/** What readers populate of a chapter's publication. */
export const CHAPTER_PUBLICATION_FIELDS = { title: true, slug: true, filename: true } as const

/**
 * A country's or task's chapter as pages link it, or null without one. A publication the reader
 * may not read (a draft, for visitors) is not populated, so its chapter is not shown.
 */
export function toChapter(
  value: { publication?: Related<Publication>; startPage?: number | null } | null | undefined,
): Chapter | null {
  const publication = populatedOne<Publication>(value?.publication)
  if (!publication?.slug || !publication.filename) return null
  return {
    publicationTitle: publication.title,
    publicationSlug: publication.slug,
    fileUrl: publicationFilePath(publication.filename),
    startPage: readStartPage(value?.startPage),
  }
}
