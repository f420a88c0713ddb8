import { isHttpUrl, slugify } from '@/lib/domain/text'

import type { IssueLog } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'
import { readText } from './readValues'

/** Whose chapter a former chapter address names (`/countriesChapters/belgium`, `/tasksChapters/12`). */
export type ChapterAddress = { kind: 'country'; slug: string } | { kind: 'task'; number: number }

const CHAPTER_ADDRESS = /^\/(countriesChapters|tasksChapters)\/([^/?#]+)\/?$/

/** The chapter a site-relative link of the former site names, or null when it names none. */
export function chapterAddress(link: string | null): ChapterAddress | null {
  const match = link ? CHAPTER_ADDRESS.exec(link) : null
  const [, folder, name = ''] = match ?? []
  if (folder === 'tasksChapters') return /^\d+$/.test(name) ? { kind: 'task', number: Number(name) } : null
  return folder ? { kind: 'country', slug: slugify(name) } : null
}

/**
 * A page's `publicationLink`: absolute http(s) links are kept. A former chapter address
 * (`/countriesChapters/belgium`) is kept without a warning: the chapter is read from the chapter
 * file, and the importer warns after the run when none was (lib/import/checkChapterLinks.ts).
 * Other site-relative links are kept with a warning, because this site cannot show them.
 */
export function readPublicationLink(field: FrontMatterField | undefined, log: IssueLog): string | null {
  const link = readText(field, log)
  if (!field || !link) return null
  if (chapterAddress(link)) return link
  if (link.startsWith('/')) {
    const message = `relative publicationLink "${link}" cannot be resolved on this site; it will not be shown`
    log.warnings.push({ line: field.valueLine, message, kind: 'publication link' })
  } else if (!isHttpUrl(link)) {
    const message = `publicationLink "${link}" is neither an http(s) URL nor a site path`
    log.errors.push({ line: field.valueLine, message })
  }
  return link
}
