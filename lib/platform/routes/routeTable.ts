// Every fact about the site's routes, written once: which addresses exist, what type their answers
// have, which pages are cached per normalised query, which render per request, which go in the
// sitemap and which take an upload. next.config.ts (content types), proxy.ts (views, nonces),
// the sitemap and the API body limits read it; where a literal must stay (the proxy's `matcher`,
// the Varnish configuration), tests/unit/routes.test.ts checks it against this table.
// Relative imports only: next.config.ts loads this file without the `@/` path alias.
import type { CacheTag } from '../cache/tags'
import { MAX_CSV_BYTES, MAX_PUBLICATION_BYTES, MAX_UPLOAD_BYTES } from '../limits'

const CSV = 'text/csv; charset=utf-8'
const JSON_UTF8 = 'application/json; charset=utf-8'
const SVG = 'image/svg+xml; charset=utf-8'

// Multipart framing and the document fields sent beside an uploaded file.
const MULTIPART_ALLOWANCE_BYTES = 256 * 1024

/** The internal views of pages cached per query (app/(frontend)/views, app/(embed)/views). */
export const VIEW_NAMES = [
  'home',
  'countries',
  'compare',
  'embed-compare',
  'policies',
  'tasks',
  'data',
  'publications',
] as const
export type ViewName = (typeof VIEW_NAMES)[number]

/** What the site knows about one route. */
export type RouteFacts = {
  /** The address as Next matches it: `:name` is one segment, `:name?` an optional one. */
  pattern: string
  /** Every answer has this Content-Type, refusals included (set in next.config.ts). */
  contentType?: string
  /**
   * A page that reads its query string: rendered once per normalised query by this internal view
   * and then served from the cache (lib/platform/routes/listViews.ts; docs/caching.md says why).
   */
  view?: ViewName
  /** Rendered for each request (never cached), its inline scripts allowed by a nonce. */
  isPerRequest?: boolean
  /** Listed in the sitemap as it is (pages of documents are listed from the database). */
  isInSitemap?: boolean
  /** The largest multipart upload this API route accepts, in bytes. */
  uploadLimitBytes?: number
  /**
   * A file served inline by name (the last segment): proxy.ts gives its public answers this
   * surrogate key alone, not every tag as other API reads, and a Content-Disposition naming it.
   */
  fileCacheTag?: CacheTag
}

/** The site's routes. Pages of documents (`/countries/:slug`, …) need no facts beyond their address. */
export const ROUTES: readonly RouteFacts[] = [
  { pattern: '/', view: 'home', isInSitemap: true },
  { pattern: '/countries', view: 'countries', isInSitemap: true },
  { pattern: '/countries/:slug' },
  { pattern: '/countries/:slug/ev-statistics.csv', contentType: CSV },
  { pattern: '/countries/:slug/ev-statistics.json', contentType: JSON_UTF8 },
  { pattern: '/countries/:slug/chart.svg', contentType: SVG },
  // PNG gains nothing from compression, and its refusals are text: no fixed type.
  { pattern: '/countries/:slug/chart.png' },
  { pattern: '/compare', view: 'compare', isInSitemap: true },
  { pattern: '/compare/ev-statistics.csv', contentType: CSV },
  { pattern: '/compare/chart.svg', contentType: SVG },
  { pattern: '/compare/chart.png' },
  { pattern: '/policies', view: 'policies', isInSitemap: true },
  { pattern: '/policies/:slug' },
  { pattern: '/tasks', view: 'tasks', isInSitemap: true },
  { pattern: '/tasks/:number' },
  { pattern: '/publications', view: 'publications', isInSitemap: true },
  { pattern: '/publications/updates.atom', contentType: 'application/atom+xml; charset=utf-8' },
  { pattern: '/publications/:slug' },
  { pattern: '/publications/:slug/thumbnail.png' },
  // The legacy site's addresses of PDFs and chapters: permanent redirects to their new places.
  { pattern: '/assets/pdfs/:file' },
  { pattern: '/countriesChapters/:country' },
  { pattern: '/tasksChapters/:number' },
  { pattern: '/search', isPerRequest: true },
  { pattern: '/data', view: 'data', isInSitemap: true },
  { pattern: '/data/datapackage.json', contentType: JSON_UTF8 },
  { pattern: '/data/updates.atom', contentType: 'application/atom+xml; charset=utf-8' },
  { pattern: '/data/releases/:version' },
  // A release's files; `latest` matches too (its redirect has no body to type).
  { pattern: '/data/releases/:version/ev-statistics.csv', contentType: CSV },
  { pattern: '/data/releases/:version/ev-statistics.json', contentType: JSON_UTF8 },
  { pattern: '/data/releases/:version/datapackage.json', contentType: JSON_UTF8 },
  { pattern: '/ev-statistics.csv', contentType: CSV },
  { pattern: '/ev-statistics.json', contentType: JSON_UTF8 },
  { pattern: '/embed/countries/:slug' },
  { pattern: '/embed/compare', view: 'embed-compare' },
  { pattern: '/oembed', contentType: 'application/json' },
  { pattern: '/flags/:file', contentType: 'image/svg+xml' },
  { pattern: '/robots.txt', contentType: 'text/plain' },
  { pattern: '/sitemap.xml', contentType: 'application/xml' },
  { pattern: '/preview' },
  { pattern: '/preview/exit' },
  { pattern: '/admin', isPerRequest: true },
  { pattern: '/admin/:path*', isPerRequest: true },
  { pattern: '/api/media/:id?', uploadLimitBytes: MAX_UPLOAD_BYTES + MULTIPART_ALLOWANCE_BYTES },
  { pattern: '/api/publications/:id?', uploadLimitBytes: MAX_PUBLICATION_BYTES + MULTIPART_ALLOWANCE_BYTES },
  // A publication's PDF: Payload's file route, streamed with ranges; headers set by proxy.ts.
  { pattern: '/api/publications/file/:filename', fileCacheTag: 'publication-files' },
  { pattern: '/api/ev-statistics/csv', uploadLimitBytes: MAX_CSV_BYTES + MULTIPART_ALLOWANCE_BYTES },
]

/** Where the internal views live; only the proxy may route there. */
export const VIEWS_PREFIX = '/views'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A route pattern as a regular expression over a pathname. */
export function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .slice(1)
    .map((segment) => {
      const name = /^:\w+([?*]?)$/.exec(segment)
      if (!name) return `/${escapeRegExp(segment)}`
      if (name[1] === '?') return '(?:/[^/]+)?'
      if (name[1] === '*') return '(?:/.*)?'
      return '/[^/]+'
    })
    .join('')
  return new RegExp(`^${source === '/' ? '/' : source || '/'}$`)
}

/** The facts of the route a pathname belongs to, or undefined for an address the table does not list. */
export function findRoute(pathname: string): RouteFacts | undefined {
  return ROUTES.find((route) => patternToRegExp(route.pattern).test(pathname))
}
