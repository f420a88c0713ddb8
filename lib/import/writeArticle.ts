import type { Payload, PayloadRequest } from 'payload'

import { findOne } from '@/lib/data/content/findOne'
import type { ArticleDraft } from '@/lib/import/legacy/types'
import type { RichTextValue } from '@/lib/domain/richtext/build'
import { slugify } from '@/lib/domain/text'

import { ImportError } from './types'

type Options = { payload: Payload; req: PayloadRequest; dryRun: boolean; countryLine: number }

/** Creates or updates a policy article (matched by slug) for an existing country (by name or slug). */
export async function writeArticle(
  article: ArticleDraft,
  body: RichTextValue,
  options: Options,
): Promise<{ existed: boolean; summary: string }> {
  const { payload, req, dryRun, countryLine } = options
  const country = await findOne(
    payload,
    'countries',
    { or: [{ slug: { equals: slugify(article.country) } }, { name: { equals: article.country } }] },
    req,
  )
  if (!country) {
    throw new ImportError(countryLine, `unknown country "${article.country}": import the country first`)
  }
  const slug = article.slug ?? slugify(article.title)
  const existing = await findOne(payload, 'policy-articles', { slug: { equals: slug } }, req)
  const sections = body.root.children.filter((node) => node.type === 'heading').length
  const summary = `article "${article.title}" (${country.name}, ${sections} sections)`
  if (dryRun) return { existed: Boolean(existing), summary }
  const data = {
    _status: 'published' as const,
    title: article.title,
    slug,
    country: country.id,
    topic: article.topic ?? null,
    summary: article.summary ?? null,
    source: article.source ?? null,
    publishedAt: article.publishedAt ?? null,
    body,
  }
  if (existing) await payload.update({ collection: 'policy-articles', id: existing.id, data, req })
  else await payload.create({ collection: 'policy-articles', data, req })
  return { existed: Boolean(existing), summary }
}
