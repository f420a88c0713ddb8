import type { Metadata } from 'next'
import Link from 'next/link'

import { describeSeries, LineChart } from '@/components/charts/LineChart'
import { CompareForm } from '@/components/compare/CompareForm'
import { ComparisonTable } from '@/components/compare/ComparisonTable'
import { ScrollRegion } from '@/components/ScrollRegion'
import { getAllCountryStatistics } from '@/lib/data/statistics'
import { parseSlugList } from '@/lib/query'
import { POWERTRAINS } from '@/lib/statistics/powertrains'
import { readViewQuery, type ViewProps } from '@/lib/views/page'

export const metadata: Metadata = {
  title: 'Compare countries',
  description: 'BEV, PHEV and HEV new registrations of several countries side by side.',
  alternates: { canonical: '/compare' },
}

// Serves `/compare?countries=…` through proxy.ts (see lib/views): rendered on first request per
// normalised query, then cached until an edit expires its tags; never prerendered, so the
// build needs no database.
export function generateStaticParams() {
  return []
}

export default async function ComparePage(props: ViewProps) {
  const requested = parseSlugList((await readViewQuery(props)).countries)
  const all = await getAllCountryStatistics()
  const chosen = requested.flatMap((slug) => all.filter((entry) => entry.country.slug === slug))
  const unknown = requested.filter((slug) => !all.some((entry) => entry.country.slug === slug))
  const selectedSlugs = chosen.map((entry) => entry.country.slug)
  const linkWithout = (slug: string) => {
    const rest = selectedSlugs.filter((other) => other !== slug)
    return rest.length > 0 ? `/compare?countries=${rest.join(',')}` : '/compare'
  }

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Compare countries</h1>
      {unknown.length > 0 && (
        <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3">
          Ignored unknown {unknown.length === 1 ? 'country' : 'countries'}: {unknown.join(', ')}.
        </p>
      )}
      {chosen.length > 0 && (
        <ul aria-label="Selected countries" className="no-print flex flex-wrap gap-2">
          {chosen.map(({ country }) => (
            <li
              key={country.slug}
              className="flex items-center gap-2 rounded-full border border-slate-300 px-3 py-1"
            >
              <Link href={`/countries/${country.slug}`} className="text-brand-700 underline">
                {country.name}
              </Link>
              <Link href={linkWithout(country.slug)} className="text-sm text-slate-700 underline">
                Remove<span className="sr-only"> {country.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <CompareForm countries={all.map((entry) => entry.country)} selected={selectedSlugs} />
      {chosen.length === 0 ? (
        <p>Choose one or more countries above to compare their yearly registrations.</p>
      ) : (
        POWERTRAINS.map((powertrain) => {
          const series = chosen.map(({ country, rows }) => ({
            key: country.slug,
            label: country.name,
            points: rows.map((row) => ({ year: row.year, value: row[powertrain.key] })),
          }))
          const caption = `${powertrain.label} new registrations by year`
          return (
            <section key={powertrain.key} aria-labelledby={`${powertrain.key}-heading`} className="space-y-4">
              <h2 id={`${powertrain.key}-heading`} className="text-2xl font-semibold">
                {powertrain.name} ({powertrain.label})
              </h2>
              <LineChart
                id={`compare-${powertrain.key}`}
                title={`${powertrain.label} new registrations by country`}
                description={describeSeries(
                  series,
                  `${powertrain.label} new registrations of passenger cars`,
                )}
                series={series}
              />
              <ScrollRegion label={caption} className="max-w-3xl">
                <ComparisonTable caption={caption} powertrain={powertrain.key} countries={chosen} />
              </ScrollRegion>
            </section>
          )
        })
      )}
    </div>
  )
}
