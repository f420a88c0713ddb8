import { resolveSiteUrl } from '@/lib/platform/env'
import {
  countryDatasetDescription,
  countryDatasetTitle,
  DATASET_DESCRIPTION,
  DATASET_TITLE,
  type Dataset,
  type DatasetCountry,
} from '@/lib/domain/open-data/dataset'
import type { PublicationContext } from '@/lib/domain/open-data/statisticsJson'

import { getOpenDataSettings } from './openData'
import { getAllCountryStatistics, type CountryStatistics } from './statistics'

const toDatasetCountry = ({ country, rows, updatedAt }: CountryStatistics): DatasetCountry => ({
  name: country.name,
  slug: country.slug,
  isoCode: country.isoCode,
  rows,
  updatedAt,
})

/** Where the live data is published and under which licence (cached readers). */
export async function getPublicationContext(): Promise<PublicationContext> {
  return { siteUrl: resolveSiteUrl(), settings: await getOpenDataSettings() }
}

/** Every published country's statistics as the live downloads give them (cached readers). */
export async function getLiveDataset(): Promise<Dataset> {
  const countries = (await getAllCountryStatistics()).map(toDatasetCountry)
  return { title: DATASET_TITLE, description: DATASET_DESCRIPTION, countries, version: null }
}

/** One published country's statistics as a dataset, or null when no published country has the slug. */
export async function getCountryDataset(slug: string): Promise<Dataset | null> {
  const country = (await getAllCountryStatistics()).find((entry) => entry.country.slug === slug)
  if (!country) return null
  return {
    title: countryDatasetTitle(country.country.name),
    description: countryDatasetDescription(country.country.name),
    countries: [toDatasetCountry(country)],
    version: null,
  }
}
