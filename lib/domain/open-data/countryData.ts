import { describeAdoptionChart } from '@/lib/domain/charts/countryCharts'
import { countryCitation } from '@/lib/domain/embed/citations'
import { buildIframeHtml, DEFAULT_SIZE } from '@/lib/domain/embed/oembed'
import { countryEmbedTitle, frameTitle } from '@/lib/domain/embed/titles'
import type { YearFigures } from '@/lib/domain/statistics/types'

import type { Citation } from './citation'
import { countryDatasetDescription, countryDatasetTitle, type Dataset } from './dataset'
import { buildDatasetJsonLd, type DatasetJsonLd } from './jsonLd'
import type { PublicationContext } from './statisticsJson'
import { absoluteUrl, countryUrls } from '@/lib/domain/urls'

/** What a country page says about its data. */
type CountryData = {
  name: string
  slug: string
  isoCode: string
  statistics: YearFigures[]
  figuresUpdatedAt: string | null
}

/** A file offered for download: its address, what it is and what to know of its format. */
export type Download = { href: string; label: string; format: string }

/** A country's data as its page offers it: downloads, the embed code, the citation and the Dataset markup. */
export type CountryDataAccess = {
  citation: Citation
  jsonLd: DatasetJsonLd
  downloads: Download[]
  embedHtml: string
}

/** One published country's data, as its page describes it. */
export function describeCountryData(country: CountryData, context: PublicationContext): CountryDataAccess {
  const urls = countryUrls(country.slug)
  const title = countryDatasetTitle(country.name)
  const dataset: Dataset = {
    title,
    description: countryDatasetDescription(country.name),
    countries: [{ ...country, rows: country.statistics, updatedAt: country.figuresUpdatedAt }],
    version: null,
  }
  const absolute = (path: string) => absoluteUrl(context.siteUrl, path)
  return {
    citation: countryCitation(country, urls.page, context),
    jsonLd: buildDatasetJsonLd(dataset, {
      ...context,
      url: absolute(urls.page),
      distribution: [
        { contentUrl: absolute(urls.csv), encodingFormat: 'text/csv' },
        { contentUrl: absolute(urls.json), encodingFormat: 'application/json' },
      ],
    }),
    downloads: [
      { href: urls.csv, label: 'Statistics as CSV', format: 'one row per year; an empty cell means no data' },
      { href: urls.json, label: 'Statistics as JSON', format: 'no data is null' },
      { href: urls.svg, label: 'Chart as SVG', format: 'vector image, for reports and slides' },
      { href: urls.png, label: 'Chart as PNG', format: '1200 × 630 pixels' },
    ],
    embedHtml: buildIframeHtml(
      absolute(urls.embed),
      frameTitle(
        countryEmbedTitle(country.name),
        describeAdoptionChart(country, country.statistics).headline,
      ),
      '100%',
      DEFAULT_SIZE.country,
    ),
  }
}
