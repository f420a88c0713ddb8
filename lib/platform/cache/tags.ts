/**
 * Cache tags of the public site: one per collection whose content pages show. Cached
 * readers in `lib/data` tag their results with these; the collection hooks and the
 * revalidation endpoint expire them. Both sides import this module, so a tag can never
 * be read under one name and invalidated under another.
 */
export const TAGS = {
  countries: 'countries',
  statistics: 'ev-statistics',
  contacts: 'contacts',
  tasks: 'tasks',
  articles: 'policy-articles',
  media: 'media',
  publications: 'publications',
  // The publications' PDFs themselves: kept apart so a change of any other content never
  // purges large files from the caches, only a change of a publication does.
  publicationFiles: 'publication-files',
  // The open-data settings (licence, publisher) and the frozen data releases.
  openData: 'open-data',
  releases: 'data-releases',
} as const

export type CacheTag = (typeof TAGS)[keyof typeof TAGS]

export const ALL_TAGS: readonly CacheTag[] = Object.values(TAGS)

/** True for a known tag name (for input from the revalidation endpoint). */
export function isCacheTag(value: unknown): value is CacheTag {
  return typeof value === 'string' && (ALL_TAGS as readonly string[]).includes(value)
}
