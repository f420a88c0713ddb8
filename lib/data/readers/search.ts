import type { Payload, Where } from 'payload'

import { TAGS } from '@/lib/platform/cache/tags'
import { cachedReader } from '@/lib/data/readers/cached'
import { getPayloadClient } from '@/lib/data/payload'
import { splitSections } from '@/lib/domain/richtext/sections'
import { findMatchedSection } from '@/lib/domain/search/findMatchedSection'
import { getSearchIndex } from '@/lib/data/search-index/registry'
import type { SearchKind, SearchMatch } from '@/lib/data/search-index/types'
import { makeSnippet } from '@/lib/domain/search/makeSnippet'
import { findMatchingPage } from '@/lib/domain/publications/findMatchingPage'
import { publicationTypeLabel } from '@/lib/domain/publications/types'
import { pdfAtPage, publicationFilePath } from '@/lib/domain/urls'

import { readPageTexts } from '../publications/extracts'

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
 * The best matches of one kind from the full-text index (lib/data/search-index/), and a query for
 * those documents. The documents are read as a visitor (`overrideAccess: false`), so even an
 * entry the index has not dropped yet never shows a draft.
 */
async function findMatches(
  payload: Payload,
  kind: SearchKind,
  words: string[],
): Promise<{ match: SearchMatch; where: Where }> {
  const match = await getSearchIndex(payload).search(kind, words, SEARCH_LIMIT)
  // SQLite ids are numbers; the index keeps every id as text.
  const ids = payload.db.defaultIDType === 'number' ? match.ids.map(Number) : match.ids
  return { match, where: { id: { in: ids } } }
}

/** Documents in the index's order (best first). */
function inRankOrder<Doc extends { id: number | string }>(docs: Doc[], ids: string[]): Doc[] {
  const rank = new Map(ids.map((id, index) => [id, index]))
  return [...docs].sort((a, b) => (rank.get(String(a.id)) ?? 0) - (rank.get(String(b.id)) ?? 0))
}

async function searchCountries(payload: Payload, words: string[]): Promise<SearchGroup<CountryHit>> {
  const { match, where } = await findMatches(payload, 'countries', words)
  if (match.ids.length === 0) return { hits: [], total: match.total }
  const { docs } = await payload.find({
    collection: 'countries',
    overrideAccess: false,
    where,
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, searchText: true },
  })
  const hits = inRankOrder(docs, match.ids).flatMap((doc) =>
    doc.slug ? [{ name: doc.name, slug: doc.slug, snippet: makeSnippet(doc.searchText ?? '', words) }] : [],
  )
  return { hits, total: match.total }
}

async function searchArticles(payload: Payload, words: string[]): Promise<SearchGroup<ArticleHit>> {
  const { match, where } = await findMatches(payload, 'policy-articles', words)
  if (match.ids.length === 0) return { hits: [], total: match.total }
  const { docs } = await payload.find({
    collection: 'policy-articles',
    overrideAccess: false,
    where,
    pagination: false,
    depth: 1,
    // The body comes only with the (at most SEARCH_LIMIT) matches, to find the matching section.
    select: { title: true, slug: true, topic: true, summary: true, country: true, body: true },
    populate: { countries: { name: true } },
  })
  const hits = inRankOrder(docs, match.ids).flatMap((doc): ArticleHit[] => {
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
  return { hits, total: match.total }
}

async function searchTasks(payload: Payload, words: string[]): Promise<SearchGroup<TaskHit>> {
  const meaningful = words.filter((word) => !TASK_WORDS.has(word))
  const taskWords = meaningful.length > 0 ? meaningful : words
  const { match, where } = await findMatches(payload, 'tasks', taskWords)
  if (match.ids.length === 0) return { hits: [], total: match.total }
  const { docs } = await payload.find({
    collection: 'tasks',
    overrideAccess: false,
    where,
    pagination: false,
    depth: 0,
    select: { number: true, title: true, status: true, summary: true, searchText: true },
  })
  const hits = inRankOrder(docs, match.ids).map((doc) => ({
    number: doc.number,
    title: doc.title,
    status: doc.status,
    snippet: makeSnippet(doc.searchText || doc.summary || '', taskWords),
  }))
  return { hits, total: match.total }
}

async function searchPublications(payload: Payload, words: string[]): Promise<SearchGroup<PublicationHit>> {
  const { match, where } = await findMatches(payload, 'publications', words)
  if (match.ids.length === 0) return { hits: [], total: match.total }
  const { docs } = await payload.find({
    collection: 'publications',
    overrideAccess: false,
    where,
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, type: true, year: true, description: true, filename: true },
  })
  // The pages' texts of these (published) publications only, to say where the words are.
  const texts = await readPageTexts(
    payload,
    docs.flatMap((doc) => (doc.filename ? [doc.filename] : [])),
  )
  const hits = inRankOrder(docs, match.ids).flatMap((doc): PublicationHit[] => {
    if (!doc.slug || !doc.filename) return []
    const page = findMatchingPage(texts.get(doc.filename) ?? [], words)
    return [
      {
        title: doc.title,
        slug: doc.slug,
        meta: `${publicationTypeLabel(doc.type)}, ${doc.year}`,
        page: page
          ? { number: page.page, href: pdfAtPage(publicationFilePath(doc.filename), page.page) }
          : null,
        snippet: makeSnippet(page?.text ?? doc.description ?? '', words),
      },
    ]
  })
  return { hits, total: match.total }
}

// Keyed by the normalised words, so "EV  Tax" and "tax ev" share one cache entry. The index is
// updated before these tags expire (the collections list the index hook first).
const readSearch = cachedReader(
  'site-search',
  [TAGS.countries, TAGS.articles, TAGS.tasks, TAGS.publications],
  async (key: string): Promise<SearchResults> => {
    const words = key.split(' ')
    const payload = await getPayloadClient()
    const [countries, articles, tasks, publications] = await Promise.all([
      searchCountries(payload, words),
      searchArticles(payload, words),
      searchTasks(payload, words),
      searchPublications(payload, words),
    ])
    return { countries, articles, tasks, publications }
  },
)

/**
 * Countries, articles, tasks and publications containing all the words (lowercase, as `parseSearchQuery` gives
 * them), most relevant first.
 */
export function searchSite(words: readonly string[]): Promise<SearchResults> {
  const normalised = [
    ...new Set(words.map((word) => word.toLowerCase()).filter((word) => word !== '')),
  ].sort()
  if (normalised.length === 0)
    return Promise.resolve({ countries: NOTHING, articles: NOTHING, tasks: NOTHING, publications: NOTHING })
  return readSearch(normalised.join(' '))
}
