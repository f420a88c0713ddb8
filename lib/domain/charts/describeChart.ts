import type { ValueKind } from '@/lib/domain/format'
import type { AxisScale } from '@/lib/domain/statistics/axisScale'
import type { ChartSeries } from '@/lib/domain/statistics/series'

import { collectFacts, findOvertaking, findYearRange, type SeriesFacts } from './facts'
import { joinAnd } from './lists'
import { nameFigure } from './phrases'
import { describeGaps, describeTrend } from './seriesSentences'
import { summariseSeries } from './summary'

/** What a chart's lines are: the powertrains of one country, or one figure across countries. */
export type ChartSubject = { by: 'powertrain'; place: string } | { by: 'country'; figure: string }

/** What {@link describeChart} reads. */
export type DescribeChartInput = {
  series: readonly ChartSeries[]
  kind: ValueKind
  scale?: AxisScale
  subject: ChartSubject
  /** The editor's own sentence about the country, said before the generated ones. */
  lead?: string | null
  /** Sentences said last, such as an index's base years. */
  notes?: readonly string[]
}

/** A chart in words: the first generated sentence alone, and everything in order. */
export type ChartDescription = { headline: string; text: string }

// Past this many lines, reading every line would drown the listener: they are summarised.
const MAX_LINES_READ = 3
const LOG_SCALE = 'The vertical axis is logarithmic: each step up multiplies the value.'
const LEFT_OUT = 'Values of 0 cannot be placed on it and are left out of the drawing; the table lists them.'
const NO_FIGURES = 'No figures are known yet.'

/**
 * Describes a chart from its data: for each line its range, latest value, largest change and
 * missing years (never called zero), who overtook whom; many countries are summarised (highest,
 * lowest, spread) instead.
 */
export function describeChart(input: DescribeChartInput): ChartDescription {
  const { series, scale = 'linear' } = input
  const range = findYearRange(series)
  const all = series.map((s) => collectFacts(s, range))
  const generated = range.length === 0 ? [NO_FIGURES] : describeLines(input, range, all)
  if (range.length > 0 && scale === 'log') {
    generated.push(LOG_SCALE)
    if (all.some((facts) => facts.known.some((p) => p.value <= 0))) generated.push(LEFT_OUT)
  }
  const lead = input.lead?.trim() ?? ''
  const sentences = [lead, ...generated, ...(input.notes ?? [])].filter((sentence) => sentence !== '')
  return { headline: generated[0] ?? NO_FIGURES, text: sentences.join(' ') }
}

/** The lines' sentences: each line read in turn, or many countries summarised. */
function describeLines(
  { series, kind, subject }: DescribeChartInput,
  range: readonly number[],
  all: readonly SeriesFacts[],
): string[] {
  if (subject.by === 'country' && series.length > MAX_LINES_READ) {
    const first = range[0]
    const last = range.at(-1)
    const labels = series.length > 8 ? `${series.length} countries` : joinAnd(series.map((s) => s.label))
    const period = first === last ? `in ${first}` : `from ${first} to ${last}`
    return [
      `The chart shows ${nameFigure(kind, subject.figure)} in ${labels} ${period}.`,
      ...summariseSeries(all, kind),
    ]
  }
  const nameOf = (label: string) =>
    subject.by === 'powertrain'
      ? `${nameFigure(kind, label)} in ${subject.place}`
      : `${nameFigure(kind, subject.figure)} in ${label}`
  return [
    ...all.map((facts) => describeTrend(facts, nameOf(facts.label), kind)),
    ...describeOvertaking(series),
    ...all.map(describeGaps).filter((sentence) => sentence !== ''),
  ]
}

/** "PHEV overtook BEV in 2020." for each pair of lines where one has passed the other for good. */
function describeOvertaking(series: readonly ChartSeries[]): string[] {
  const sentences: string[] = []
  series.forEach((a, i) =>
    series.slice(i + 1).forEach((b) => {
      for (const [ahead, behind] of [
        [b, a],
        [a, b],
      ] as const) {
        const year = findOvertaking(behind, ahead)
        if (year !== null) sentences.push(`${ahead.label} overtook ${behind.label} in ${year}.`)
      }
    }),
  )
  return sentences.slice(0, 2)
}
