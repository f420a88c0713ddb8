import { parseCompareQuery, type CompareChoice } from '@/lib/domain/compare/query'
import { compareEmbedHref, compareHref } from '@/lib/domain/urls'
import { countryUrls } from '@/lib/domain/urls'
import { SLUG_PATTERN } from '@/lib/domain/text'

/** A page of the site that has an embed: a country's page or a comparison. */
export type EmbedTarget =
  | { kind: 'country'; slug: string; pagePath: string; embedPath: string }
  | { kind: 'compare'; choice: CompareChoice; pagePath: string; embedPath: string }

const COUNTRY_PATH = /^\/countries\/([^/]+)$/

/**
 * The embeddable page a URL names, or null: a page of another site, or of this site without an
 * embed. The site is recognised by its host, with either scheme (a page copied from a browser
 * may say http or https). A comparison needs at least one country; whether the countries are
 * published is for the caller to check.
 */
export function recogniseEmbedTarget(url: URL, siteUrl: string): EmbedTarget | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.host !== new URL(siteUrl).host) return null
  // `/countries/belgium/` is the same page as `/countries/belgium` (Next redirects it there).
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname
  const slug = COUNTRY_PATH.exec(path)?.[1]
  if (slug !== undefined) {
    if (!SLUG_PATTERN.test(slug)) return null
    const urls = countryUrls(slug)
    return { kind: 'country', slug, pagePath: urls.page, embedPath: urls.embed }
  }
  if (path === '/compare') {
    const parsed = parseCompareQuery(url.searchParams)
    if (parsed.countries.length === 0) return null
    return compareTarget({ countries: parsed.countries, measure: parsed.measure, scale: parsed.scale })
  }
  return null
}

/** The embed of a comparison. */
export function compareTarget(choice: CompareChoice): EmbedTarget {
  return { kind: 'compare', choice, pagePath: compareHref(choice), embedPath: compareEmbedHref(choice) }
}
