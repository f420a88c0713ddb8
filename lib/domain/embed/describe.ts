import { MEASURES } from '@/lib/domain/statistics/measures'

import { compareTarget, type EmbedTarget } from './target'
import { compareEmbedTitle, countryEmbedTitle } from './titles'

/** What an embed shows: its target (published countries only), title and number of charts. */
export type EmbedDescription = { target: EmbedTarget; title: string; parts: number }

/**
 * An embed as it will show, given the published countries, or null when it would show nothing:
 * a country that is not published, a comparison of none. A comparison keeps its published
 * countries only, as the compare page does.
 */
export function describeEmbed(
  target: EmbedTarget,
  published: readonly { slug: string; name: string }[],
): EmbedDescription | null {
  const named = (slug: string) => published.find((country) => country.slug === slug)
  if (target.kind === 'country') {
    const country = named(target.slug)
    return country ? { target, title: countryEmbedTitle(country.name), parts: 1 } : null
  }
  const chosen = target.choice.countries.flatMap((slug) => named(slug) ?? [])
  if (chosen.length === 0) return null
  const measure = MEASURES[target.choice.measure]
  return {
    target: compareTarget({ ...target.choice, countries: chosen.map((country) => country.slug) }),
    title: compareEmbedTitle(
      measure,
      chosen.map((country) => country.name),
    ),
    parts: measure.parts.length,
  }
}
