import { describeMeasureChart } from '@/lib/domain/charts/compareCharts'
import { describeAdoptionChart } from '@/lib/domain/charts/countryCharts'
import { buildMeasureLines, MEASURES } from '@/lib/domain/statistics/measures'
import type { YearFigures } from '@/lib/domain/statistics/types'

import { compareTarget, type EmbedTarget } from './target'
import { compareEmbedTitle, countryEmbedTitle, frameTitle } from './titles'

/** What an embed shows: its target (published countries only), title and number of charts. */
export type EmbedDescription = { target: EmbedTarget; title: string; parts: number }

/** A published country as an embed's title needs it: its name and its figures. */
export type EmbeddableCountry = { slug: string; name: string; rows: readonly YearFigures[] }

/**
 * An embed as it will show, given the published countries, or null when it would show nothing:
 * a country that is not published, a comparison of none. A comparison keeps its published
 * countries only, as the compare page does. The title names what it shows and says what its
 * (first) chart shows.
 */
export function describeEmbed(
  target: EmbedTarget,
  published: readonly EmbeddableCountry[],
): EmbedDescription | null {
  const named = (slug: string) => published.find((country) => country.slug === slug)
  if (target.kind === 'country') {
    const country = named(target.slug)
    if (!country) return null
    const { headline } = describeAdoptionChart(country, country.rows)
    return { target, title: frameTitle(countryEmbedTitle(country.name), headline), parts: 1 }
  }
  const chosen = target.choice.countries.flatMap((slug) => named(slug) ?? [])
  if (chosen.length === 0) return null
  const measure = MEASURES[target.choice.measure]
  const [part] = measure.parts
  const lines = part
    ? buildMeasureLines(
        measure,
        part,
        chosen.map(({ slug, name, rows }) => ({ key: slug, label: name, rows })),
      )
    : []
  const scale = measure.allowsLog ? target.choice.scale : 'linear'
  const title = compareEmbedTitle(
    measure,
    chosen.map((country) => country.name),
  )
  return {
    target: compareTarget({ ...target.choice, countries: chosen.map((country) => country.slug) }),
    title: part ? frameTitle(title, describeMeasureChart(measure, part, lines, scale).headline) : title,
    parts: measure.parts.length,
  }
}
