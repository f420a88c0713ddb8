import { formatTick, type ValueKind } from '@/lib/domain/format'

/**
 * Five steps of viridis, light to dark (more is darker), without its palest yellow so the lightest
 * step still stands apart from the light grey of non-members. Viridis keeps an even rise in
 * lightness, so the steps stay in order for every kind of colour-vision deficiency and in greyscale.
 */
export const BIN_COLOURS = ['#bddf26', '#44bf70', '#21918c', '#355f8d', '#482475'] as const

/** A step of the legend: its colour and the values it covers, in words. */
export type ColourBin = { colour: string; label: string }

/** How values are coloured: upper limits between steps, and the steps. */
export type ColourScale = { breaks: number[]; bins: ColourBin[] }

/**
 * Rounds down to two significant digits so limits read as round numbers (3,733 → 3,700; 0.0123 →
 * 0.012). Down, so the value a limit comes from stays at or above it, in the step it starts.
 */
export function roundToTwoDigits(n: number): number {
  if (n <= 0 || !Number.isFinite(n)) return 0
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1)
  return Number((Math.floor(Number((n / magnitude).toPrecision(12))) * magnitude).toPrecision(12))
}

/**
 * Limits between steps at quantiles of the values, so each colour covers about as many members
 * (registrations span several orders of magnitude: equal intervals would put almost everyone in
 * the first step). At most one step per distinct value, at most five.
 */
export function computeBreaks(values: readonly number[], maxBins: number = BIN_COLOURS.length): number[] {
  const sorted = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b)
  const binCount = Math.min(maxBins, sorted.length)
  const breaks: number[] = []
  for (let i = 1; i < binCount; i += 1) {
    const limit = roundToTwoDigits(sorted[Math.round((i * sorted.length) / binCount)] ?? 0)
    const previous = breaks[breaks.length - 1]
    // A limit at or below the smallest value would leave the first step empty.
    if (limit > (sorted[0] ?? 0) && (previous === undefined || limit > previous)) breaks.push(limit)
  }
  return breaks
}

/** The step a value falls in: the number of limits at or below it. */
export function findBin(value: number, breaks: readonly number[]): number {
  return breaks.filter((limit) => limit <= value).length
}

/** `count` colours spread over the palette, so two steps are light and dark rather than two darks. */
export function pickColours(count: number): string[] {
  const last = BIN_COLOURS.length - 1
  if (count <= 1) return [BIN_COLOURS[Math.floor(last / 2)] ?? BIN_COLOURS[0]]
  return Array.from(
    { length: count },
    (_, i) => BIN_COLOURS[Math.round((i * last) / (count - 1))] ?? BIN_COLOURS[0],
  )
}

/** The colour scale for the values, with a legend label per step ("under 3,700", "3,700 to under 12,000", "12,000 or more"). */
export function buildColourScale(values: readonly number[], kind: ValueKind): ColourScale {
  const breaks = computeBreaks(values)
  const format = (n: number) => formatTick(kind, n)
  const bins = pickColours(breaks.length + 1).map((colour, index) => {
    const lower = breaks[index - 1]
    const upper = breaks[index]
    let label = 'all values'
    if (lower === undefined && upper !== undefined) label = `under ${format(upper)}`
    else if (lower !== undefined && upper !== undefined) label = `${format(lower)} to under ${format(upper)}`
    else if (lower !== undefined) label = `${format(lower)} or more`
    return { colour, label }
  })
  return { breaks, bins }
}
