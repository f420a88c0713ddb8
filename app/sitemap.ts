import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { getArticleSummaries } from '@/lib/data/readers/articles'
import { getCountrySummaries } from '@/lib/data/readers/countries'
import { getPublicationSummaries } from '@/lib/data/readers/publications'
import { getReleaseSummaries } from '@/lib/data/readers/releases'
import { getTaskSummaries } from '@/lib/data/readers/tasks'
import { resolveSiteUrl } from '@/lib/platform/env'
import { countryUrls, policyPath, publicationUrls, releasePage, taskPath } from '@/lib/domain/urls'
import { ROUTES } from '@/lib/platform/routes/routeTable'

/** Every published country, article, task, publication and data release, plus the list pages and /data. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request from the tagged data cache: the build never reads the database.
  await connection()
  const site = resolveSiteUrl()
  const [countries, articles, tasks, releases, publications] = await Promise.all([
    getCountrySummaries(),
    getArticleSummaries(),
    getTaskSummaries(),
    getReleaseSummaries(),
    getPublicationSummaries(),
  ])
  return [
    ...ROUTES.filter((route) => route.isInSitemap).map((route) => ({ url: `${site}${route.pattern}` })),
    ...countries.map((country) => ({ url: `${site}${countryUrls(country.slug).page}` })),
    ...articles.map((article) => ({ url: `${site}${policyPath(article.slug)}` })),
    ...tasks.map((task) => ({ url: `${site}${taskPath(task.number)}` })),
    ...releases.map((release) => ({ url: `${site}${releasePage(release.version)}` })),
    ...publications.map((item) => ({
      url: `${site}${publicationUrls(item.slug).page}`,
      lastModified: item.updatedAt,
    })),
  ]
}
