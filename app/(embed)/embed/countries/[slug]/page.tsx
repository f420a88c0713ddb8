import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { LineChart } from '@/components/charts/LineChart'
import { StatisticsTable } from '@/components/charts/StatisticsTable'
import { EmbedFooter } from '@/components/embed/EmbedFooter'
import { ScrollRegion } from '@/components/ScrollRegion'
import { describeAdoptionChart } from '@/lib/domain/charts/countryCharts'
import { buildStatisticsSeries } from '@/lib/domain/statistics/series'
import { getCountryPage } from '@/lib/data/readers/countries'
import { getPublicationContext } from '@/lib/data/readers/liveDataset'
import { countryCitation } from '@/lib/domain/embed/citations'
import { countryEmbedTitle } from '@/lib/domain/embed/titles'
import { countryUrls } from '@/lib/domain/urls'
import { SLUG_PATTERN } from '@/lib/domain/text'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then cached until an edit expires its tags; nothing is prerendered,
// so the build needs no database.
export function generateStaticParams() {
  return []
}

// Always the published country: an embed is public whoever views it, drafts included (a draft or
// unpublished country is not found).
const loadCountry = cache(async (slug: string) => (SLUG_PATTERN.test(slug) ? getCountryPage(slug) : null))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await loadCountry((await params).slug)
  if (!country) return { title: 'Not found' }
  return { title: countryEmbedTitle(country.name), alternates: { canonical: countryUrls(country.slug).page } }
}

/** `/embed/countries/<slug>`: the country's chart and statistics for other sites to frame. */
export default async function CountryEmbed({ params }: Props) {
  const country = await loadCountry((await params).slug)
  if (!country) notFound()
  const context = await getPublicationContext()
  const urls = countryUrls(country.slug)
  const series = buildStatisticsSeries(country.statistics)
  const caption = `New passenger-car registrations in ${country.name}`
  return (
    <article className="space-y-4">
      <h1 className="text-xl font-bold">{countryEmbedTitle(country.name)}</h1>
      <LineChart
        id="embed-chart"
        title={`EV adoption in ${country.name} by year`}
        description={describeAdoptionChart(country, country.statistics).text}
        series={series}
      />
      {country.statistics.length > 0 && (
        <ScrollRegion label={caption}>
          <StatisticsTable caption={caption} rows={country.statistics} />
        </ScrollRegion>
      )}
      <EmbedFooter
        pageHref={urls.page}
        pageLabel={`${country.name}’s full profile`}
        citation={countryCitation(country, urls.page, context)}
      />
    </article>
  )
}
