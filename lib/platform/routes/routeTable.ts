// Every fact about the site's routes, written once: which addresses exist, which pages are cached
// per normalised query, which render per request, which go in the sitemap and which take an
// upload. proxy.ts (views, nonces), the sitemap and the API body limits read it; where a literal must stay (the proxy's `matcher`,
// the Varnish configuration), tests/unit/routes.test.ts checks it against this table.
// Relative imports only: next.config.ts loads this file (through the body limits) without the
// `@/` path alias.
import { MAX_CSV_BYTES, MAX_UPLOAD_BYTES } from '../limits'

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
] as const
export type ViewName = (typeof VIEW_NAMES)[number]

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
}

/** The site's routes. Pages of documents (`/countries/:slug`, …) need no facts beyond their address. */
export const ROUTES: readonly RouteFacts[] = [
  { pattern: '/', view: 'home', isInSitemap: true },
  { pattern: '/countries', view: 'countries', isInSitemap: true },
  { pattern: '/countries/:slug' },
  { pattern: '/countries/:slug/ev-statistics.csv' },
  { pattern: '/countries/:slug/ev-statistics.json' },
  { pattern: '/countries/:slug/chart.svg' },
  { pattern: '/countries/:slug/chart.png' },
  { pattern: '/compare', view: 'compare', isInSitemap: true },
  { pattern: '/compare/ev-statistics.csv' },
  { pattern: '/compare/chart.svg' },
  { pattern: '/compare/chart.png' },
  { pattern: '/policies', view: 'policies', isInSitemap: true },
  { pattern: '/policies/:slug' },
  { pattern: '/tasks', view: 'tasks', isInSitemap: true },
  { pattern: '/tasks/:number' },
  { pattern: '/search', isPerRequest: true },
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

// Compiled once: the proxy looks up every request it sees.
const MATCHERS = ROUTES.map((route) => ({ route, pattern: patternToRegExp(route.pattern) }))

/** The facts of the route a pathname belongs to, or undefined for an address the table does not list. */
export function findRoute(pathname: string): RouteFacts | undefined {
  return MATCHERS.find(({ pattern }) => pattern.test(pathname))?.route
}
