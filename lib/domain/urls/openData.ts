// The addresses of the open data, written once: pages, downloads, the data package and the feed
// link to them, and integrators rely on them (they are part of the site's contract).

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
