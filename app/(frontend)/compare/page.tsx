import type { Metadata } from 'next'
import Link from 'next/link'

import { CompareForm } from '@/components/compare/CompareForm'
import { MeasureNav } from '@/components/compare/MeasureNav'
import { MeasureSection } from '@/components/compare/MeasureSection'
import { parseNormalisedCompareQuery } from '@/lib/domain/compare/query'
import { DataAccess } from '@/components/open-data/DataAccess'
import { COMPARE_PAGE, compareChartHref, compareCsvHref, compareHref, countryUrls } from '@/lib/domain/urls'
import { getPublicationContext } from '@/lib/data/readers/liveDataset'
import { getAllCountryStatistics } from '@/lib/data/readers/statistics'
import { oembedDiscovery } from '@/lib/domain/embed/discovery'
import { resolveSiteUrl } from '@/lib/platform/env'
import { describeCompareData } from '@/lib/domain/open-data/compareData'
import { MEASURES } from '@/lib/domain/statistics/measures'
import { readPageQuery, type QueryPageProps } from '@/lib/platform/routes/page'

export async function generateMetadata(props: QueryPageProps): Promise<Metadata> {
  const parsed = parseNormalisedCompareQuery(await readPageQuery(props, 'compare'))
  const published = new Set((await getAllCountryStatistics()).map((entry) => entry.country.slug))
  const countries = parsed.countries.filter((slug) => published.has(slug))
  const choice = { countries, measure: parsed.measure, scale: parsed.scale }
  const image = { url: compareChartHref(choice, 'png'), width: 1200, height: 630, type: 'image/png' }
  return {
    title: `Compare countries by ${MEASURES[parsed.measure].title}`,
    description: 'EV registrations, share of new cars and growth of several countries side by side.',
    // The discovery link only where /oembed has something to embed: a published country chosen.
    alternates: {
      canonical: COMPARE_PAGE,
      ...(countries.length > 0 && { types: oembedDiscovery(resolveSiteUrl(), compareHref(choice)) }),
    },
    ...(countries.length > 0 && { openGraph: { images: [image] }, twitter: { card: 'summary_large_image' } }),
  }
}

const NOTICE = 'rounded border border-amber-400 bg-amber-50 p-3'

export default async function ComparePage(props: QueryPageProps) {
  const parsed = parseNormalisedCompareQuery(await readPageQuery(props, 'compare'))
  const measure = MEASURES[parsed.measure]
  // Shares are fractions of one market: a log scale would stretch small differences.
  const scale = measure.allowsLog ? parsed.scale : 'linear'
  const [all, context] = await Promise.all([getAllCountryStatistics(), getPublicationContext()])
  const chosen = parsed.countries.flatMap((slug) => all.filter((entry) => entry.country.slug === slug))
  const unknown = parsed.countries.filter((slug) => !all.some((entry) => entry.country.slug === slug))
  const selectedSlugs = chosen.map((entry) => entry.country.slug)
  const choice = { countries: selectedSlugs, measure: measure.key, scale: parsed.scale }

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Compare countries by {measure.title}</h1>
      {unknown.length > 0 && (
        <p role="status" className={NOTICE}>
          Ignored unknown {unknown.length === 1 ? 'country' : 'countries'}: {unknown.join(', ')}.
        </p>
      )}
      {parsed.isMeasureUnknown && (
        <p role="status" className={NOTICE}>
          Unknown measure: showing new registrations. The measures are registrations, share and index.
        </p>
      )}
      {parsed.isScaleUnknown && (
        <p role="status" className={NOTICE}>
          Unknown scale: showing a linear scale. The scales are linear and log.
        </p>
      )}
      {parsed.scale === 'log' && !measure.allowsLog && (
        <p role="status" className={NOTICE}>
          Shares are compared on a linear scale; the logarithmic scale is for registrations and growth.
        </p>
      )}
      {chosen.length > 0 && (
        <ul aria-label="Selected countries" className="no-print flex flex-wrap gap-2">
          {chosen.map(({ country }) => (
            <li
              key={country.slug}
              className="flex items-center gap-2 rounded-full border border-slate-300 px-3 py-1"
            >
              <Link href={countryUrls(country.slug).page} className="text-brand-700 underline">
                {country.name}
              </Link>
              <Link
                href={compareHref({
                  ...choice,
                  countries: selectedSlugs.filter((slug) => slug !== country.slug),
                })}
                className="text-sm text-slate-700 underline"
              >
                Remove<span className="sr-only"> {country.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <MeasureNav choice={choice} />
      <CompareForm
        countries={all.map((entry) => entry.country)}
        selected={selectedSlugs}
        measure={measure.key}
        scale={scale}
      />
      {chosen.length === 0 ? (
        <p>Choose one or more countries above to compare them.</p>
      ) : (
        <>
          <p>
            <Link
              href={compareCsvHref(choice)}
              prefetch={false}
              className="font-medium text-brand-700 underline"
            >
              Download CSV
            </Link>{' '}
            <span className="text-slate-600">
              ({measure.title} of the chosen countries; empty cells mean no data)
            </span>
          </p>
          {measure.parts.map((part) => (
            <MeasureSection key={part.key} measure={measure} part={part} countries={chosen} scale={scale} />
          ))}
          <DataAccess
            subject="the selected countries"
            {...describeCompareData(
              choice,
              measure,
              chosen.map(({ country, rows, updatedAt }) => ({
                name: country.name,
                slug: country.slug,
                rows,
                updatedAt,
              })),
              context,
            )}
          />
        </>
      )}
    </div>
  )
}
