import type { Where } from 'payload'

import { TAGS } from '@/lib/cache/tags'
import { cachedReader } from '@/lib/data/cached'
import { getPayloadClient } from '@/lib/payload'
import { splitSections } from '@/lib/richtext/sections'
import { findMatchedSection } from '@/lib/search/findMatchedSection'
import { makeSnippet } from '@/lib/search/makeSnippet'
import { matchAllWords } from '@/lib/search/matchAllWords'

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
export type TaskHit = { number: number; title: string; status: 'ongoing' | 'completed'; snippet: string | undefined }

/** Everything one search found. */
export type SearchResults = {
  countries: SearchGroup<CountryHit>
  articles: SearchGroup<ArticleHit>
  tasks: SearchGroup<TaskHit>
}

/** Hits shown per kind; the page says when there are more. */
export const SEARCH_LIMIT = 20

const NOTHING = { hits: [], total: 0 }
// "task 12" should find task 12 even though its title does not say "task".
const TASK_WORDS = new Set(['task', 'tasks'])

async function searchCountries(words: string[]): Promise<SearchGroup<CountryHit>> {
  const where = matchAllWords(['name', 'searchText'], words)
  if (!where) return NOTHING
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'countries',
    overrideAccess: false,
    where,
    limit: SEARCH_LIMIT,
    depth: 0,
    sort: 'name',
    select: { name: true, slug: true, searchText: true },
  })
  const hits = result.docs.flatMap((doc) =>
    doc.slug ? [{ name: doc.name, slug: doc.slug, snippet: makeSnippet(doc.searchText ?? '', words) }] : [],
  )
  return { hits, total: result.totalDocs }
}

async function searchArticles(words: string[]): Promise<SearchGroup<ArticleHit>> {
  const where = matchAllWords(['title', 'summary', 'topic', 'searchText'], words)
  if (!where) return NOTHING
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'policy-articles',
    overrideAccess: false,
    where,
    limit: SEARCH_LIMIT,
    depth: 1,
    sort: ['-publishedAt', 'title'],
    // The body comes only with the (at most SEARCH_LIMIT) matches, to find the matching section.
    select: { title: true, slug: true, topic: true, summary: true, country: true, body: true },
    populate: { countries: { name: true } },
  })
  const hits = result.docs.flatMap((doc): ArticleHit[] => {
    if (!doc.slug) return []
    const section = findMatchedSection(splitSections(doc.body), words)
    // A deleted country leaves null behind, hence the extra check.
    const country = doc.country && typeof doc.country === 'object' ? doc.country.name : null
    return [
      {
        title: doc.title,
        href: `/policies/${doc.slug}${section?.id ? `#${section.id}` : ''}`,
        topic: doc.topic ?? null,
        country: country ?? null,
        section: section?.heading,
        snippet: makeSnippet(section ? section.text || (section.heading ?? '') : (doc.summary ?? ''), words),
      },
    ]
  })
  return { hits, total: result.totalDocs }
}

async function searchTasks(words: string[]): Promise<SearchGroup<TaskHit>> {
  const meaningful = words.filter((word) => !TASK_WORDS.has(word))
  const taskWords = meaningful.length > 0 ? meaningful : words
  const byNumber = (word: string): Where[] => (/^\d{1,6}$/.test(word) ? [{ number: { equals: Number(word) } }] : [])
  const where = matchAllWords(['title', 'summary', 'searchText'], taskWords, byNumber)
  if (!where) return NOTHING
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'tasks',
    overrideAccess: false,
    where,
    limit: SEARCH_LIMIT,
    depth: 0,
    sort: 'number',
    select: { number: true, title: true, status: true, summary: true, searchText: true },
  })
  const hits = result.docs.map((doc) => ({
    number: doc.number,
    title: doc.title,
    status: doc.status,
    snippet: makeSnippet(doc.searchText || doc.summary || '', taskWords),
  }))
  return { hits, total: result.totalDocs }
}

// Keyed by the normalised words, so "EV  Tax" and "tax ev" share one cache entry.
const readSearch = cachedReader(
  'site-search',
  [TAGS.countries, TAGS.articles, TAGS.tasks],
  async (key: string): Promise<SearchResults> => {
    const words = key.split(' ')
    const [countries, articles, tasks] = await Promise.all([
      searchCountries(words),
      searchArticles(words),
      searchTasks(words),
    ])
    return { countries, articles, tasks }
  },
)

/** Countries, articles and tasks containing all the words (lowercase, as `parseSearchQuery` gives them). */
export function searchSite(words: readonly string[]): Promise<SearchResults> {
  const normalised = [...new Set(words.map((word) => word.toLowerCase()).filter((word) => word !== ''))].sort()
  if (normalised.length === 0) return Promise.resolve({ countries: NOTHING, articles: NOTHING, tasks: NOTHING })
  return readSearch(normalised.join(' '))
}
