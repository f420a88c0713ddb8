import type { Measure } from '@/lib/domain/statistics/measures'

/** What an embed of a country shows, as its heading and citation name it. */
export const countryEmbedTitle = (name: string) => `EV adoption in ${name} by year`

/** What an embed of a comparison shows: "Belgium and France compared by share of new cars". */
export function compareEmbedTitle(measure: Pick<Measure, 'title'>, names: readonly string[]): string {
  const listed =
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
  return `${listed} compared by ${measure.title}`
}

/**
 * The name of an embed's frame (its `<iframe title>` and the oEmbed answer's title): what it
 * shows, then the first sentence of its chart's description, so a screen reader entering the
 * frame hears what the chart says.
 */
export const frameTitle = (title: string, headline: string) => `${title}: ${headline}`
