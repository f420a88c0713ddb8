import type { Payload } from 'payload'

import { findOne } from '@/lib/data/content/findOne'
import type { Issue } from '@/lib/domain/issues'
import { chapterAddress, type ChapterAddress } from '@/lib/import/legacy/readPublicationLink'

/** A page's former chapter address, and the line of its `publicationLink`. */
export type ChapterLink = { file: string; link: string; line: number }

/** The key a chapter's owner is known by in a run: `country belgium`, `task 12`. */
export function chapterOwnerKey(owner: ChapterAddress): string {
  return owner.kind === 'country' ? `country ${owner.slug}` : `task ${owner.number}`
}

async function hasChapter(payload: Payload, owner: ChapterAddress): Promise<boolean> {
  const doc =
    owner.kind === 'country'
      ? await findOne(payload, 'countries', { slug: { equals: owner.slug } })
      : await findOne(payload, 'tasks', { number: { equals: owner.number } })
  return Boolean(doc?.chapter?.publication)
}

/**
 * Pages of the former site link their chapter (`publicationLink: "/countriesChapters/belgium"`);
 * the chapter itself comes from the chapter file, and the old address leads to it. Warns, per
 * page, where no chapter file for it was imported in this run and the page has no chapter yet.
 */
export async function checkChapterLinks(
  payload: Payload,
  links: readonly ChapterLink[],
  importedChapters: ReadonlySet<string>,
): Promise<Map<string, Issue[]>> {
  const warnings = new Map<string, Issue[]>()
  for (const { file, link, line } of links) {
    const owner = chapterAddress(link)
    if (!owner || importedChapters.has(chapterOwnerKey(owner)) || (await hasChapter(payload, owner))) continue
    const folder = owner.kind === 'country' ? 'countriesChapters' : 'tasksChapters'
    const message = `publicationLink "${link}" names a chapter, but no chapter file ${folder}/… for it was imported and there is none yet: the old address leads to the page until an editor sets its chapter`
    warnings.set(file, [...(warnings.get(file) ?? []), { line, message, kind: 'publication link' }])
  }
  return warnings
}
