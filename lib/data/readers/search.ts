import { TAGS } from '@/lib/platform/cache/tags'
import { cachedReader } from '@/lib/data/readers/cached'
import { getPayloadClient } from '@/lib/data/payload'
import { findMatchedSection } from '@/lib/domain/search/findMatchedSection'
import { makeSnippet } from '@/lib/domain/search/makeSnippet'
import { findMatchingPage } from '@/lib/domain/publications/findMatchingPage'
import { pdfAtPage, policyPath, publicationFilePath } from '@/lib/domain/urls'
import { getSearchIndex } from '@/lib/data/search-index/registry'
import {
  PAGE_BREAK,
  type SearchDisplay,
  type SearchHitEntry,
  type SearchKind,
  type SearchMatch,
} from '@/lib/data/search-index/types'

import { readSearchVisibility, type SearchVisibility } from '../published/searchVisibility'

/** Up to {@link SEARCH_LIMIT} hits of one kind, and how many there are in all. */
export type SearchGroup<Hit> = { hits: Hit[]; total: number }

/** A matching country; the snippet comes from its narrative. */
export type CountryHit = { name: string; slug: string; snippet: string | undefined }

/** A matching article, linked to the section that matched best (`href` includes `#heading-id`). */
export type ArticleHit = {
  title: string
  href: string
  topic: string | null
  country: string | null
  section: string | undefined
  snippet: string | undefined
}

/** A matching task. */
export type TaskHit = {
  number: number
  title: string
  status: 'ongoing' | 'completed'
  snippet: string | undefined
}

/**
 * A matching publication; where the words are inside its PDF, the first page holding the most of
 * them, and the PDF's address opening at that page.
 */
export type PublicationHit = {
  title: string
  slug: string
  meta: string
  page: { number: number; href: string } | null
  snippet: string | undefined
}

/** Everything one search found. */
export type SearchResults = {
  countries: SearchGroup<CountryHit>
  articles: SearchGroup<ArticleHit>
  tasks: SearchGroup<TaskHit>
  publications: SearchGroup<PublicationHit>
}

/** Hits shown per kind; the page says when there are more. */
export const SEARCH_LIMIT = 20

const NOTHING = { hits: [], total: 0 }
// "task 12" should find task 12 even though "task" alone matches every task.
const TASK_WORDS = new Set(['task', 'tasks'])

/**
 * What visitors may read now, cached until any of these collections changes: the hits are
 * checked against it, so even an entry the index has not dropped yet (its update follows the
 * commit, and may fail) never shows a document that is no longer published. One cached entry,
 * not a query per search.
 */
const readVisibility = cachedReader(
  'search-visibility',
  [TAGS.countries, TAGS.articles, TAGS.tasks, TAGS.publications],
  async () => readSearchVisibility(await getPayloadClient()),
)

/** The hits of one kind that visitors may read, with what each shows (`null`: not shown). */
function visibleHits<Hit>(
  match: SearchMatch,
  isVisible: (id: string) => boolean,
  toHit: (entry: SearchHitEntry, display: SearchDisplay) => Hit | null,
): SearchGroup<Hit> {
  const hits = match.hits.flatMap((entry) => {
    const hit = isVisible(entry.id) ? toHit(entry, entry.display) : null
    return hit === null ? [] : [hit]
  })
  return { hits, total: match.total }
}

/** The hits of every kind, built from the index entries alone. */
function toResults(
  words: string[],
  taskWords: string[],
  matches: Record<SearchKind, SearchMatch>,
  visibility: SearchVisibility,
): SearchResults {
  const articles = new Set(visibility.articles)
  const tasks = new Set(visibility.tasks)
  const publications = new Set(visibility.publications)
  return {
    countries: visibleHits(
      matches.countries,
      (id) => id in visibility.countryNames,
      (entry, display) =>
        display.kind === 'countries' && display.slug
          ? { name: display.name, slug: display.slug, snippet: makeSnippet(entry.body, words) }
          : null,
    ),
    articles: visibleHits(
      matches['policy-articles'],
      (id) => articles.has(id),
      (entry, display) => {
        if (display.kind !== 'policy-articles' || !display.slug) return null
        const section = findMatchedSection(display.sections, words)
        return {
          title: display.title,
          href: policyPath(display.slug, section?.id),
          topic: display.topic,
          // A country deleted or unpublished since is not named.
          country: (display.countryId && visibility.countryNames[display.countryId]) || null,
          section: section?.heading,
          snippet: makeSnippet(section ? section.text || (section.heading ?? '') : entry.summary, words),
        }
      },
    ),
    tasks: visibleHits(
      matches.tasks,
      (id) => tasks.has(id),
      (entry, display) =>
        display.kind === 'tasks'
          ? {
              number: display.number,
              title: display.title,
              status: display.status,
              snippet: makeSnippet(entry.body || entry.summary, taskWords),
            }
          : null,
    ),
    publications: visibleHits(
      matches.publications,
      (id) => publications.has(id),
      (entry, display) => {
        if (display.kind !== 'publications' || !display.slug || !display.filename) return null
        const page = findMatchingPage(entry.body.split(PAGE_BREAK), words)
        return {
          title: display.title,
          slug: display.slug,
          meta: display.meta,
          page: page
            ? { number: page.page, href: pdfAtPage(publicationFilePath(display.filename), page.page) }
            : null,
          snippet: makeSnippet(page?.text ?? entry.summary, words),
        }
      },
    ),
  }
}

/**
 * Countries, articles, tasks and publications containing all the words (lowercase, as `parseSearchQuery` gives
 * them), most relevant first. Not cached: a query of the full-text index costs less than a cache
 * entry per distinct search would, and those entries would push the pages out of the cache.
 */
export async function searchSite(words: readonly string[]): Promise<SearchResults> {
  const normalised = [
    ...new Set(words.map((word) => word.toLowerCase()).filter((word) => word !== '')),
  ].sort()
  if (normalised.length === 0)
    return { countries: NOTHING, articles: NOTHING, tasks: NOTHING, publications: NOTHING }
  const meaningful = normalised.filter((word) => !TASK_WORDS.has(word))
  const taskWords = meaningful.length > 0 ? meaningful : normalised
  const index = getSearchIndex(await getPayloadClient())
  const [countries, articles, tasks, publications, visibility] = await Promise.all([
    index.search('countries', normalised, SEARCH_LIMIT),
    index.search('policy-articles', normalised, SEARCH_LIMIT),
    index.search('tasks', taskWords, SEARCH_LIMIT),
    index.search('publications', normalised, SEARCH_LIMIT),
    readVisibility(),
  ])
  const matches = { countries, 'policy-articles': articles, tasks, publications }
  return toResults(normalised, taskWords, matches, visibility)
}
