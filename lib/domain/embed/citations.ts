import { citePage, type Citation } from '@/lib/domain/open-data/citation'
import { countryDatasetTitle, findDateModified } from '@/lib/domain/open-data/dataset'
import type { PublicationContext } from '@/lib/domain/open-data/statisticsJson'

// An embed asks to be cited as the page it is part of, not as the embed's own address.

/** A country's statistics, cited as its page. */
export function countryCitation(
  country: { name: string; figuresUpdatedAt: string | null },
  pagePath: string,
  context: PublicationContext,
): Citation {
  return citePage({
    title: countryDatasetTitle(country.name),
    path: pagePath,
    modified: country.figuresUpdatedAt,
    ...context,
  })
}

/** A comparison, cited as the compare page with its selection; its year is its newest change. */
export function compareCitation(
  title: string,
  pagePath: string,
  updatedAts: readonly (string | null)[],
  context: PublicationContext,
): Citation {
  const modified = findDateModified(updatedAts.map((updatedAt) => ({ updatedAt })))
  return citePage({ title: `EV statistics: ${title}`, path: pagePath, modified, ...context })
}
