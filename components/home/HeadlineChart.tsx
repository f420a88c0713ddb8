import { LineChart } from '@/components/charts/LineChart'
import { ComparisonTable } from '@/components/compare/ComparisonTable'
import { ScrollRegion } from '@/components/ScrollRegion'
import type { CountryStatistics } from '@/lib/data/readers/statistics'
import { describeHeadlineChart } from '@/lib/domain/charts/compareCharts'
import { buildHeadlineSeries, HEADLINE_TOP } from '@/lib/domain/statistics/headlineSeries'

/** Plug-in registrations per year of the leading members and of all the others together. */
export function HeadlineChart({ members }: { members: CountryStatistics[] }) {
  const series = buildHeadlineSeries(
    members.map(({ country, rows }) => ({ name: country.name, slug: country.slug, rows })),
  )
  if (series.length === 0) return null
  const caption = 'Plug-in (BEV + PHEV) new registrations by year'
  return (
    <section aria-labelledby="headline-heading" className="space-y-4">
      <h2 id="headline-heading" className="text-2xl font-semibold">
        Plug-in registrations over time
      </h2>
      <p className="text-slate-700">
        Battery electric and plug-in hybrid new registrations together, for the {HEADLINE_TOP} members with
        the most in their latest year and the sum of the other members reporting each year.
      </p>
      <LineChart
        id="headline-chart"
        title={`${caption}, leading members and the others`}
        description={describeHeadlineChart(series).text}
        series={series}
      />
      <ScrollRegion label={caption} className="max-w-3xl">
        <ComparisonTable caption={caption} lines={series} valueKind="count" />
      </ScrollRegion>
    </section>
  )
}
