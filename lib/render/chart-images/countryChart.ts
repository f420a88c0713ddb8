import { describeAdoptionChart } from '@/lib/domain/charts/countryCharts'
import { buildStatisticsSeries } from '@/lib/domain/statistics/series'
import type { StandaloneChart } from '@/lib/render/charts/standaloneSvg'
import type { CountryPageData } from '@/lib/data/readers/countries'
import { yearOf } from '@/lib/domain/open-data/citation'
import { countryDatasetTitle } from '@/lib/domain/open-data/dataset'
import type { OpenDataSettings } from '@/lib/domain/open-data/settings'
import { absoluteUrl, countryUrls } from '@/lib/domain/urls'

import { buildChartCitation, formatChartCredit } from './credit'
import { PNG_SIZE } from './size'

type ChartCountry = Pick<
  CountryPageData,
  'name' | 'slug' | 'statistics' | 'figuresUpdatedAt' | 'chartDescription'
>

/** The country page's "EV adoption by year" chart as a standalone image, credited to its page. */
export function buildCountryChart(
  country: ChartCountry,
  settings: OpenDataSettings,
  siteUrl: string,
): StandaloneChart {
  const series = buildStatisticsSeries(country.statistics)
  const citation = buildChartCitation(settings, {
    title: countryDatasetTitle(country.name),
    url: absoluteUrl(siteUrl, countryUrls(country.slug).page),
    year: yearOf(country.figuresUpdatedAt),
  })
  return {
    title: `EV adoption in ${country.name} by year`,
    description: describeAdoptionChart(country, country.statistics).text,
    series,
    yLabel: 'New registrations',
    valueKind: 'count',
    scale: 'linear',
    credit: formatChartCredit(citation),
  }
}

/** An image as page metadata names it (Open Graph, Twitter cards). */
export type ChartImage = { url: string; width: number; height: number; alt: string; type: 'image/png' }

/** A country's chart as its page's Open Graph image. */
export function countryChartImage(country: { slug: string; name: string }): ChartImage {
  return {
    url: countryUrls(country.slug).png,
    ...PNG_SIZE,
    alt: `Line chart of new BEV, PHEV and HEV passenger-car registrations in ${country.name} by year`,
    type: 'image/png',
  }
}
