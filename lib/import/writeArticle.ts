import { findOne } from '@/lib/data/content/findOne'
import type { ArticleDraft } from '@/lib/import/legacy/types'
import type { RichTextValue } from '@/lib/domain/richtext/build'
import { slugify } from '@/lib/domain/text'

import { type ImportTracker, syncDocument } from './records/syncDocument'
import { ImportError } from './types'

type Options = {
  tracker: ImportTracker
  /** The line of a front-matter key in the file. */
  lineOf: (key: string) => number
}

/** Each field the article sets: its name for an editor and the key it comes from. */
const ARTICLE_FIELDS: Record<string, { label: string; key: string }> = {
  title: { label: 'the title', key: 'title' },
  country: { label: 'the country', key: 'country' },
  topic: { label: 'the topic', key: 'topic' },
  summary: { label: 'the summary', key: 'summary' },
  source: { label: 'the source', key: 'source' },
  publishedAt: { label: 'the published date', key: 'publishedAt' },
  body: { label: 'the text', key: '' },
}

/** The slug an article is stored under: its own, or one made from its title. */
export function articleSlug(article: ArticleDraft): string {
  return article.slug ?? slugify(article.title)
}

/**
 * Creates or updates a policy article (matched by slug) for an existing country (by name or
 * slug). Only what the file changed since its last import is written.
 */
export async function writeArticle(
  article: ArticleDraft,
  body: RichTextValue,
  { tracker, lineOf }: Options,
): Promise<{ created: boolean; summary: string }> {
  const { payload, req } = tracker
  const country = await findOne(
    payload,
    'countries',
    { or: [{ slug: { equals: slugify(article.country) } }, { name: { equals: article.country } }] },
    req,
  )
  if (!country) {
    throw new ImportError(lineOf('country'), `unknown country "${article.country}": import the country first`)
  }
  const slug = articleSlug(article)
  const saved = await syncDocument(tracker, {
    collection: 'policy-articles',
    key: 'article',
    where: { slug: { equals: slug } },
    values: {
      title: article.title,
      country: country.id,
      topic: article.topic ?? null,
      summary: article.summary ?? null,
      source: article.source ?? null,
      // Stored as a full timestamp: written so, an unchanged date compares equal to the stored one.
      publishedAt: article.publishedAt ? `${article.publishedAt}T00:00:00.000Z` : null,
      body,
    },
    initial: { slug },
    name: `article "${article.title}"`,
    line: lineOf('title'),
    describe: (field) => {
      const { label = field, key = '' } = ARTICLE_FIELDS[field] ?? {}
      return { label, line: key ? lineOf(key) : article.bodyStartLine }
    },
  })
  const sections = body.root.children.filter((node) => node.type === 'heading').length
  return {
    created: saved.created,
    summary: `article "${article.title}" (${country.name}, ${sections} sections)`,
  }
}
