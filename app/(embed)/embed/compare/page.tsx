import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { MeasureSection } from '@/components/compare/MeasureSection'
import { EmbedFooter } from '@/components/embed/EmbedFooter'
import { parseNormalisedCompareQuery } from '@/lib/domain/compare/query'
import { compareHref } from '@/lib/domain/urls'
import { getPublicationContext } from '@/lib/data/readers/liveDataset'
import { getAllCountryStatistics } from '@/lib/data/readers/statistics'
import { compareCitation } from '@/lib/domain/embed/citations'
import { compareEmbedTitle } from '@/lib/domain/embed/titles'
import { MEASURES } from '@/lib/domain/statistics/measures'
import { encodeViewKey, decodeViewKey } from '@/lib/platform/routes/viewKey'
import { readPageQuery, type QueryPageProps } from '@/lib/platform/routes/page'

/** The comparison a normalised query (as its view key) asks for: its published countries, measure and scale. */
const loadComparison = cache(async (key: string) => {
  const parsed = parseNormalisedCompareQuery(decodeViewKey(key))
  const measure = MEASURES[parsed.measure]
  const all = await getAllCountryStatistics()
  const chosen = parsed.countries.flatMap((slug) => all.filter((entry) => entry.country.slug === slug))
  const choice = {
    countries: chosen.map((entry) => entry.country.slug),
    measure: measure.key,
    scale: parsed.scale,
  }
  const title = compareEmbedTitle(
    measure,
    chosen.map((entry) => entry.country.name),
  )
  // Shares are fractions of one market: a log scale would stretch small differences.
  return { measure, chosen, choice, title, scale: measure.allowsLog ? parsed.scale : 'linear' }
})

/** The normalised query as one string, so that the page and its metadata share one load. */
const readKey = async (props: QueryPageProps) => encodeViewKey(await readPageQuery(props, 'embed-compare'))

export async function generateMetadata(props: QueryPageProps): Promise<Metadata> {
  const { chosen, title, choice } = await loadComparison(await readKey(props))
  if (chosen.length === 0) return { title: 'Not found' }
  return { title, alternates: { canonical: compareHref(choice) } }
}

/** The compare page's charts and tables for its selection, for other sites to frame. */
export default async function CompareEmbed(props: QueryPageProps) {
  const { measure, chosen, choice, title, scale } = await loadComparison(await readKey(props))
  // Nothing to show: no country named, or none of them published.
  if (chosen.length === 0) notFound()
  const context = await getPublicationContext()
  const pageHref = compareHref(choice)
  const citation = compareCitation(
    title,
    pageHref,
    chosen.map((entry) => entry.updatedAt),
    context,
  )
  return (
    <article className="space-y-6">
      <h1 className="text-xl font-bold">{title}</h1>
      {measure.parts.map((part) => (
        <MeasureSection key={part.key} measure={measure} part={part} countries={chosen} scale={scale} />
      ))}
      <EmbedFooter pageHref={pageHref} pageLabel="The full comparison" citation={citation} />
    </article>
  )
}
