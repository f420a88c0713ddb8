import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { getArticleSummaries } from '@/lib/data/articles'
import { getCountrySummaries } from '@/lib/data/countries'
import { getTaskSummaries } from '@/lib/data/tasks'
import { resolveSiteUrl } from '@/lib/env'

/** Every published country, article and task, plus the list pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request from the tagged data cache: the build never reads the database.
  await connection()
  const site = resolveSiteUrl()
  const [countries, articles, tasks] = await Promise.all([
    getCountrySummaries(),
    getArticleSummaries(),
    getTaskSummaries(),
  ])
  return [
    ...['/', '/countries', '/policies', '/tasks', '/compare'].map((path) => ({ url: `${site}${path}` })),
    ...countries.map((country) => ({ url: `${site}/countries/${country.slug}` })),
    ...articles.map((article) => ({ url: `${site}/policies/${article.slug}` })),
    ...tasks.map((task) => ({ url: `${site}/tasks/${task.number}` })),
  ]
}
