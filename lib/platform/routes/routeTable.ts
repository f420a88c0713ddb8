// Every fact about the site's routes, written once: which addresses exist, which pages are cached
// per normalised query, which render per request, which go in the sitemap, which take an upload,
// which are health checks and which are limited per client. proxy.ts (views, nonces, health
// checks), the sitemap, the API body limits and the sign-in limit read it; where a literal must
// stay (the proxy's `matcher`, the Varnish configuration), tests/unit/routes.test.ts and
// tests/unit/varnish-vcl.test.ts check it against this table.
// Relative imports with their extension only: next.config.ts loads this file (through the body
// limits) without the `@/` path alias, and the production server on Node's type stripping.
import type { CacheTag } from '../cache/tags.ts'
import { MAX_CSV_BYTES, MAX_PUBLICATION_BYTES, MAX_UPLOAD_BYTES } from '../limits.ts'

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

/**
 * The classes of requests limited per client address (deploy/varnish/default.vcl; sign-in also by
 * `npm start` itself), and the methods each applies to.
 */
export const RATE_LIMIT_METHODS = {
  search: ['GET', 'HEAD'],
  chart: ['GET', 'HEAD'],
  'sign-in': ['POST'],
  write: ['POST', 'PATCH', 'PUT', 'DELETE'],
} as const satisfies Record<string, readonly string[]>
export type RateLimitClass = keyof typeof RATE_LIMIT_METHODS

/** What the site knows about one route. */
export type RouteFacts = {
  /** The address as Next matches it: `:name` is one segment, `:name?` an optional one. */
  pattern: string
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
  /** Liveness or readiness: never cached, never limited, answered without a session. */
  isHealthCheck?: boolean
  /** Counted per client address for its class's methods (expensive to answer, or guessable). */
  rateLimit?: RateLimitClass
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
  { pattern: '/countries/:slug/ev-statistics.csv' },
  { pattern: '/countries/:slug/ev-statistics.json' },
  { pattern: '/countries/:slug/chart.svg', rateLimit: 'chart' },
  { pattern: '/countries/:slug/chart.png', rateLimit: 'chart' },
  { pattern: '/compare', view: 'compare', isInSitemap: true },
  { pattern: '/compare/ev-statistics.csv' },
  { pattern: '/compare/chart.svg', rateLimit: 'chart' },
  { pattern: '/compare/chart.png', rateLimit: 'chart' },
  { pattern: '/policies', view: 'policies', isInSitemap: true },
  { pattern: '/policies/:slug' },
  { pattern: '/tasks', view: 'tasks', isInSitemap: true },
  { pattern: '/tasks/:number' },
  { pattern: '/publications', view: 'publications', isInSitemap: true },
  { pattern: '/publications/updates.atom' },
  { pattern: '/publications/:slug' },
  { pattern: '/publications/:slug/thumbnail.png' },
  // The legacy site's addresses of PDFs and chapters: permanent redirects to their new places.
  { pattern: '/assets/pdfs/:file' },
  { pattern: '/countriesChapters/:country' },
  { pattern: '/tasksChapters/:number' },
  // Every distinct query is rendered: the page that costs most per request.
  { pattern: '/search', isPerRequest: true, rateLimit: 'search' },
  { pattern: '/data', view: 'data', isInSitemap: true },
  { pattern: '/data/datapackage.json' },
  { pattern: '/data/updates.atom' },
  { pattern: '/data/releases/:version' },
  // A release's files; `latest` matches too.
  { pattern: '/data/releases/:version/ev-statistics.csv' },
  { pattern: '/data/releases/:version/ev-statistics.json' },
  { pattern: '/data/releases/:version/datapackage.json' },
  { pattern: '/ev-statistics.csv' },
  { pattern: '/ev-statistics.json' },
  { pattern: '/embed/countries/:slug' },
  { pattern: '/embed/compare', view: 'embed-compare' },
  { pattern: '/oembed' },
  { pattern: '/flags/:file' },
  { pattern: '/robots.txt' },
  { pattern: '/sitemap.xml' },
  { pattern: '/preview' },
  { pattern: '/preview/exit' },
  { pattern: '/admin', isPerRequest: true },
  { pattern: '/admin/:path*', isPerRequest: true },
  { pattern: '/api/media/:id?', uploadLimitBytes: MAX_UPLOAD_BYTES + MULTIPART_ALLOWANCE_BYTES },
  { pattern: '/api/publications/:id?', uploadLimitBytes: MAX_PUBLICATION_BYTES + MULTIPART_ALLOWANCE_BYTES },
  // A publication's PDF: Payload's file route, streamed with ranges; headers set by proxy.ts.
  { pattern: '/api/publications/file/:filename', fileCacheTag: 'publication-files' },
  { pattern: '/api/ev-statistics/csv', uploadLimitBytes: MAX_CSV_BYTES + MULTIPART_ALLOWANCE_BYTES },
  // Liveness (the process answers) and readiness (database, migrations, Redis; 503 while stopping).
  { pattern: '/api/health', isHealthCheck: true },
  { pattern: '/api/ready', isHealthCheck: true },
  { pattern: '/api/users/login', rateLimit: 'sign-in' },
  { pattern: '/api/users/forgot-password', rateLimit: 'sign-in' },
  // Any other API address: writes reach the site uncached (reads are cached as public or private).
  { pattern: '/api/:path*', rateLimit: 'write' },
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

// Compiled once: the production server asks for every request.
const MATCHERS = ROUTES.map((route) => ({ route, path: patternToRegExp(route.pattern) }))

/** The facts of the route a pathname belongs to, or undefined for an address the table does not list. */
export function findRoute(pathname: string): RouteFacts | undefined {
  return MATCHERS.find(({ path }) => path.test(pathname))?.route
}

/**
 * The abuse-limit class a request is counted in, if any: that of the first route matching its
 * path whose class covers its method (a `PATCH` of the sign-in address is an API write).
 */
export function findRateLimitClass(method: string, pathname: string): RateLimitClass | undefined {
  return MATCHERS.find(
    ({ route: { rateLimit }, path }) =>
      rateLimit !== undefined &&
      (RATE_LIMIT_METHODS[rateLimit] as readonly string[]).includes(method) &&
      path.test(pathname),
  )?.route.rateLimit
}
