import { TAGS } from '@/lib/platform/cache/tags'
import { cachedReader } from '@/lib/data/readers/cached'
import { getPayloadClient } from '@/lib/data/payload'

import { MEDIA_FIELDS } from './mediaFields'
import { getDraftViewer, readAs, type Viewer } from './viewer'

/** The country an article is about, as article pages link to it. */
export type ArticleCountry = { name: string; slug: string }

/** An article in a list: enough for its title link, meta line and summary. */
export type ArticleSummary = {
  title: string
  slug: string
  topic: string | null
  summary: string | null
  publishedAt: string | null
  country: ArticleCountry | null
}

/** A whole article for its own page; `body` is Lexical JSON for `RichText`. */
export type Article = ArticleSummary & { body: unknown; source: string | null }

/** An article as a country page lists it. */
export type CountryArticle = Pick<ArticleSummary, 'title' | 'slug' | 'topic' | 'publishedAt'>

const TAG_LIST = [TAGS.articles, TAGS.countries] as const
// Newest first; undated articles sort last on both SQLite and MongoDB (null is the smallest value).
const NEWEST_FIRST = ['-publishedAt', 'title']
const COUNTRY_FIELDS = { countries: { name: true, slug: true } } as const
// An article page also shows the images of its body.
const PAGE_FIELDS = { ...COUNTRY_FIELDS, media: MEDIA_FIELDS } as const

/** The populated country of an article, or null when it is missing or not readable. */
function toArticleCountry(value: unknown): ArticleCountry | null {
  if (typeof value !== 'object' || value === null) return null
  const { name, slug } = value as { name?: unknown; slug?: unknown }
  return typeof name === 'string' && typeof slug === 'string' && slug !== '' ? { name, slug } : null
}

type SummaryDoc = {
  title: string
  slug?: string | null
  topic?: string | null
  summary?: string | null
  publishedAt?: string | null
  country: unknown
}

function toSummary(doc: SummaryDoc & { slug: string }): ArticleSummary {
  return {
    title: doc.title,
    slug: doc.slug,
    topic: doc.topic ?? null,
    summary: doc.summary ?? null,
    publishedAt: doc.publishedAt ?? null,
    country: toArticleCountry(doc.country),
  }
}

// An article without a slug has no page to link to.
function hasSlug<T extends { slug?: string | null }>(doc: T): doc is T & { slug: string } {
  return typeof doc.slug === 'string' && doc.slug !== ''
}

/** Every article anonymous visitors may read, newest first, then by title. */
export const getArticleSummaries = cachedReader(
  'article-summaries',
  TAG_LIST,
  async (): Promise<ArticleSummary[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'policy-articles',
      overrideAccess: false,
      pagination: false,
      depth: 1,
      sort: NEWEST_FIRST,
      select: { title: true, slug: true, topic: true, summary: true, publishedAt: true, country: true },
      populate: COUNTRY_FIELDS,
    })
    return docs.filter(hasSlug).map(toSummary)
  },
)

/** One article as the viewer may see it, or null when no readable article has this slug. */
async function readArticleBySlug(slug: string, viewer: Viewer): Promise<Article | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'policy-articles',
    ...readAs(viewer),
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 1,
    select: {
      title: true,
      slug: true,
      topic: true,
      summary: true,
      publishedAt: true,
      country: true,
      body: true,
      source: true,
    },
    populate: PAGE_FIELDS,
  })
  const doc = docs[0]
  if (!doc || !hasSlug(doc)) return null
  return { ...toSummary(doc), body: doc.body ?? null, source: doc.source ?? null }
}

/** One published article with its body and source (cached), or null. */
export const getArticleBySlug = cachedReader('article-by-slug', [...TAG_LIST, TAGS.media], (slug: string) =>
  readArticleBySlug(slug, null),
)

/** The article for this request: the cached published one, or the latest draft while previewing. */
export async function loadArticle(slug: string): Promise<Article | null> {
  const viewer = await getDraftViewer()
  return viewer ? readArticleBySlug(slug, viewer) : getArticleBySlug(slug)
}

/** The articles about one country (by the country's slug), newest first. */
export const getArticlesForCountry = cachedReader(
  'articles-for-country',
  TAG_LIST,
  async (countrySlug: string): Promise<CountryArticle[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'policy-articles',
      overrideAccess: false,
      where: { 'country.slug': { equals: countrySlug } },
      pagination: false,
      depth: 0,
      sort: NEWEST_FIRST,
      select: { title: true, slug: true, topic: true, publishedAt: true },
    })
    return docs.filter(hasSlug).map((doc) => ({
      title: doc.title,
      slug: doc.slug,
      topic: doc.topic ?? null,
      publishedAt: doc.publishedAt ?? null,
    }))
  },
)
