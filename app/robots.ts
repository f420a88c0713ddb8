import type { MetadataRoute } from 'next'

import { resolveSiteUrl } from '@/lib/platform/env'

/** Crawlers may read the public site, never the admin or the API. */
export default function robots(): MetadataRoute.Robots {
  const siteUrl = resolveSiteUrl()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: `${siteUrl}/sitemap.xml`,
  }
}
