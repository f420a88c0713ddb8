import { yearOf, type Citation } from '@/lib/open-data/citation'
import { countryDatasetTitle } from '@/lib/open-data/dataset'
import type { OpenDataSettings } from '@/lib/open-data/settings'
import { absoluteUrl } from '@/lib/open-data/urls'

/** Where the data is published and by whom. */
type Context = { siteUrl: string; settings: OpenDataSettings }

/** What an embed asks to be cited as: the page it is part of, not the embed's own address. */
function citationOf(title: string, pagePath: string, updatedAt: string | null, context: Context): Citation {
  const { settings, siteUrl } = context
  return {
    publisher: settings.publisherName,
    year: yearOf(updatedAt),
    title,
    url: absoluteUrl(siteUrl, pagePath),
    licence: { name: settings.licenceName, url: settings.licenceUrl },
  }
}

/** A country's statistics, cited as its page. */
export function countryCitation(
  country: { name: string; figuresUpdatedAt: string | null },
  pagePath: string,
  context: Context,
): Citation {
  return citationOf(countryDatasetTitle(country.name), pagePath, country.figuresUpdatedAt, context)
}

/** A comparison, cited as the compare page with its selection; its year is the newest change. */
export function compareCitation(
  title: string,
  pagePath: string,
  updatedAts: readonly (string | null)[],
  context: Context,
): Citation {
  const newest = updatedAts.reduce<string | null>((max, at) => (at && (!max || at > max) ? at : max), null)
  return citationOf(`EV statistics: ${title}`, pagePath, newest, context)
}
