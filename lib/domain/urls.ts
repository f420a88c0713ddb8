// Every public address of the site, written once: pages, downloads, the data package, the feed and
// the embeds link through these, and integrators rely on the open-data ones (they are part of the
// site's contract). lib/platform/routes/routeTable.ts lists the same addresses as route patterns,
// and a unit test checks that each address built here is one of them.
import type { CompareChoice } from '@/lib/domain/compare/query'

/** The list pages. */
export const HOME_PAGE = '/'
export const COUNTRIES_PAGE = '/countries'
export const POLICIES_PAGE = '/policies'
export const TASKS_PAGE = '/tasks'
export const COMPARE_PAGE = '/compare'
export const SEARCH_PAGE = '/search'
export const PUBLICATIONS_PAGE = '/publications'

/** Every country's statistics. */
export const ALL_STATISTICS_CSV = '/ev-statistics.csv'
export const ALL_STATISTICS_JSON = '/ev-statistics.json'

/** The page that describes every download, the licence, the releases and the feed. */
export const DATA_PAGE = '/data'
export const DATA_PACKAGE = '/data/datapackage.json'
export const UPDATES_FEED = '/data/updates.atom'
export const OEMBED = '/oembed'

/** One country's page and its files. */
export const countryUrls = (slug: string) => ({
  page: `/countries/${slug}`,
  csv: `/countries/${slug}/ev-statistics.csv`,
  json: `/countries/${slug}/ev-statistics.json`,
  svg: `/countries/${slug}/chart.svg`,
  png: `/countries/${slug}/chart.png`,
  embed: `/embed/countries/${slug}`,
  revisions: `/countries/${slug}#revisions`,
})

/** The files of a release, relative to its folder: a release folder is complete on its own. */
export const RELEASE_FILES = {
  csv: 'ev-statistics.csv',
  json: 'ev-statistics.json',
  dataPackage: 'datapackage.json',
} as const

export type ReleaseFile = keyof typeof RELEASE_FILES

/** A release's page (`version` may be `latest`). */
export const releasePage = (version: string) => `/data/releases/${version}`

/** One file of a release. */
export const releaseFile = (version: string, file: ReleaseFile) =>
  `${releasePage(version)}/${RELEASE_FILES[file]}`

/** An absolute address on the site. */
export const absoluteUrl = (siteUrl: string, path: string) => new URL(path, siteUrl).toString()

/** A publication's page, the thumbnail drawn from its PDF, and the feed of new publications. */
export const publicationUrls = (slug: string) => ({
  page: `/publications/${slug}`,
  thumbnail: `/publications/${slug}/thumbnail.png`,
})
export const PUBLICATIONS_FEED = '/publications/updates.atom'

/** Where a publication's PDF is served (Payload's file route of the collection). */
export const publicationFilePath = (filename: string) =>
  `/api/publications/file/${encodeURIComponent(filename)}`

/** A PDF's address opening at a page (`#page=N`, which browsers' PDF viewers follow). */
export const pdfAtPage = (fileUrl: string, page: number) => `${fileUrl.split('#')[0] ?? ''}#page=${page}`

/** A task's page. */
export const taskPath = (taskNumber: number) => `/tasks/${taskNumber}`

/** A policy article's page, optionally at one of its sections. */
export const policyPath = (slug: string, sectionId?: string) =>
  `/policies/${slug}${sectionId ? `#${sectionId}` : ''}`

/** A list page with its query, defaults (empty values) left out so each list has one address. */
export function withQuery(path: string, query: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value)
  const search = params.toString()
  return search === '' ? path : `${path}?${search}`
}

/** The query of a comparison, leaving out defaults so each comparison has one address. */
function compareQuery({ countries, measure, scale }: CompareChoice): string {
  const query = new URLSearchParams()
  if (countries.length > 0) query.set('countries', countries.join(','))
  if (measure !== 'registrations') query.set('measure', measure)
  if (scale !== 'linear') query.set('scale', scale)
  // Commas in a slug list read better unescaped, and are as valid in a query.
  return query.toString().replace(/%2C/g, ',')
}

const withCompareQuery = (path: string, choice: CompareChoice) => {
  const query = compareQuery(choice)
  return query === '' ? path : `${path}?${query}`
}

/** `/compare?countries=…&measure=…&scale=…`. */
export const compareHref = (choice: CompareChoice) => withCompareQuery(COMPARE_PAGE, choice)

/** The CSV of the same comparison. */
export const compareCsvHref = (choice: CompareChoice) =>
  withCompareQuery('/compare/ev-statistics.csv', choice)

/** The same comparison as an embed, for other sites to frame (`/embed/compare?…`). */
export const compareEmbedHref = (choice: CompareChoice) => withCompareQuery('/embed/compare', choice)

/** A chart image of the same comparison: one part of its measure (BEV, …; the first unless named). */
export function compareChartHref(choice: CompareChoice, format: 'svg' | 'png', part?: string): string {
  const query = new URLSearchParams(compareQuery(choice))
  if (part) query.set('part', part)
  return `/compare/chart.${format}?${query.toString().replace(/%2C/g, ',')}`
}

/** Public path of a document, for preview links; null when it has none yet. */
export function publicPathOf(collection: string, doc: { slug?: unknown; number?: unknown }): string | null {
  const slug = typeof doc.slug === 'string' && doc.slug !== '' ? doc.slug : null
  if (collection === 'countries' && slug) return countryUrls(slug).page
  if (collection === 'policy-articles' && slug) return policyPath(slug)
  if (collection === 'tasks' && typeof doc.number === 'number') return taskPath(doc.number)
  if (collection === 'publications' && slug) return publicationUrls(slug).page
  return null
}

/** The admin's "Preview" link: enables draft mode for signed-in staff, then opens the page. */
export function previewUrlOf(collection: string, doc: { slug?: unknown; number?: unknown }): string | null {
  const path = publicPathOf(collection, doc)
  return path ? `/preview?path=${encodeURIComponent(path)}` : null
}

/** True for a same-site path that is safe to redirect to ("/countries/x", not "//evil" or "http:"). */
export function isSafeRedirectPath(path: string): boolean {
  return /^\/(?![/\\])[^\s]*$/.test(path) && !path.startsWith('/admin') && !path.startsWith('/api')
}
