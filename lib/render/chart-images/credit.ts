import type { Citation } from '@/lib/domain/open-data/citation'
import type { OpenDataSettings } from '@/lib/domain/open-data/settings'

/** The citation of a chart's page, from the editors' settings. */
export function buildChartCitation(
  settings: OpenDataSettings,
  page: { title: string; url: string; year: number | null },
): Citation {
  return {
    publisher: settings.publisherName,
    year: page.year,
    title: page.title,
    url: page.url,
    licence: { name: settings.licenceName, url: settings.licenceUrl },
  }
}

/**
 * An image's footer: the citation as lib/domain/open-data/citation.ts writes it, less the access date
 * (an image is not read on one day), then the licence with its address.
 */
export function formatChartCredit(citation: Citation): string[] {
  const year = citation.year === null ? 'n.d.' : String(citation.year)
  return [
    `Source: ${citation.publisher} (${year}). ${citation.title} [Data set]. ${citation.url}`,
    `Licence: ${citation.licence.name} (${citation.licence.url})`,
  ]
}
