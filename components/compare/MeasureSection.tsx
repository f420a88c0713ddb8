import { LineChart } from '@/components/charts/LineChart'
import { ScrollRegion } from '@/components/ScrollRegion'
import type { AxisScale } from '@/lib/domain/statistics/axisScale'
import type { CountryStatistics } from '@/lib/data/readers/statistics'
import { describeMeasureChart } from '@/lib/domain/charts/compareCharts'
import {
  buildMeasureLines,
  describeMeasurePart,
  formatIndexBases,
  type Measure,
  type MeasurePart,
} from '@/lib/domain/statistics/measures'

import { ComparisonTable } from './ComparisonTable'

type Props = { measure: Measure; part: MeasurePart; countries: CountryStatistics[]; scale: AxisScale }

/** One part of the comparison (a powertrain, or a share): its chart and the same values as a table. */
export function MeasureSection({ measure, part, countries, scale }: Props) {
  const lines = buildMeasureLines(
    measure,
    part,
    countries.map(({ country, rows }) => ({ key: country.slug, label: country.name, rows })),
  )
  const what = describeMeasurePart(measure, part)
  const bases = formatIndexBases(measure, lines)
  const baseNote = bases === '' ? '' : ` ${bases}`
  const id = `${measure.key}-${part.key}`
  const caption = `${what.charAt(0).toUpperCase()}${what.slice(1)}, by year`
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {part.heading}
      </h2>
      {baseNote && <p className="text-slate-700">{baseNote.trim()}</p>}
      <LineChart
        id={`compare-${id}`}
        title={`${caption} and country`}
        description={describeMeasureChart(measure, part, lines, scale).text}
        series={lines}
        yLabel={measure.yLabel}
        valueKind={measure.kind}
        scale={scale}
      />
      <ScrollRegion label={caption} className="max-w-3xl">
        <ComparisonTable caption={caption} lines={lines} valueKind={measure.kind} />
      </ScrollRegion>
    </section>
  )
}
