import type { OpenDataSettings } from './settings'

/** What a citation of a data page names. */
export type Citation = {
  publisher: string
  /** The year of the data's last change (or of the release). */
  year: number | null
  title: string
  /** The page's absolute address. */
  url: string
  /** A release's version, cited with it. */
  version?: string | null
  licence: { name: string; url: string }
  /** What is cited, in brackets after the title: "Data set" unless said otherwise ("Report"). */
  medium?: string
}

// Dates are formatted in one fixed form whatever the reader's locale: "30 November 2026".
const ACCESS_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

/** A reader's access date as citations print it. */
export function formatAccessDate(date: Date): string {
  return ACCESS_DATE.format(date)
}

/** What stands for the access date where the reader's own is not known (no JavaScript). */
export const ACCESS_DATE_PLACEHOLDER = '[day month year]'

/** The citation's parts, for pages that link its address and licence. */
export function splitCitation(citation: Citation): {
  lead: string
  url: string
  licence: Citation['licence']
} {
  const year = citation.year === null ? 'n.d.' : String(citation.year)
  const release = citation.version ? `, release ${citation.version}` : ''
  return {
    lead: `${citation.publisher} (${year}). ${citation.title}${release} [${citation.medium ?? 'Data set'}].`,
    url: citation.url,
    licence: citation.licence,
  }
}

/**
 * The citation as text, in the author–date form data citations use:
 * `Publisher (2026). Title, release 2026.1 [Data set]. URL (accessed 30 November 2026). Licence: CC BY 4.0.`
 */
export function formatCitation(citation: Citation, accessed: string | null): string {
  const { lead, url, licence } = splitCitation(citation)
  return `${lead} ${url} (accessed ${accessed ?? ACCESS_DATE_PLACEHOLDER}). Licence: ${licence.name}.`
}

/** The year of an ISO date-time, or null. */
export function yearOf(isoDate: string | null | undefined): number | null {
  if (!isoDate) return null
  const year = new Date(isoDate).getUTCFullYear()
  return Number.isFinite(year) ? year : null
}

/** What a page's citation is made of. */
export type CitedPage = {
  title: string
  /** The page's path on the site ("/countries/belgium"). */
  path: string
  siteUrl: string
  settings: OpenDataSettings
  /** When the cited data last changed (ISO date-time), or null. */
  modified: string | null
  version?: string | null
}

/** The citation of a data page: the publisher and licence editors set, the year of the data's last change. */
export function citePage({ title, path, siteUrl, settings, modified, version }: CitedPage): Citation {
  return {
    publisher: settings.publisherName,
    year: yearOf(modified),
    title,
    url: new URL(path, siteUrl).toString(),
    version: version ?? null,
    licence: { name: settings.licenceName, url: settings.licenceUrl },
  }
}
