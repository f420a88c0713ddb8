// The compare page's query, read in one place: the page, its embed, its CSV and its chart images
// all see `?countries=…&measure=…&scale=…` the same way.
import { parseChoice, parseSlugList, UNKNOWN_CHOICE } from '@/lib/domain/query'
import { AXIS_SCALES, type AxisScale } from '@/lib/domain/statistics/axisScale'
import { isMeasureKey, MEASURE_KEYS, type MeasureKey } from '@/lib/domain/statistics/measures'

/** As many countries as one comparison shows. */
export const MAX_COMPARED_COUNTRIES = 8
export const DEFAULT_MEASURE: MeasureKey = 'registrations'
export const DEFAULT_SCALE: AxisScale = 'linear'

/** What the compare page shows: the countries, the measure and the scale. */
export type CompareChoice = { countries: readonly string[]; measure: MeasureKey; scale: AxisScale }

/** The comparison asked for, and which of its settings were not understood (and fell back). */
export type ParsedCompare = CompareChoice & { isMeasureUnknown: boolean; isScaleUnknown: boolean }

/**
 * The query in its normalised form, one string per setting ('' for a default): equivalent
 * queries give the same form, which is what a cached page is keyed by. Unknown settings become
 * UNKNOWN_CHOICE, so the page can say it fell back without echoing arbitrary text.
 */
export function normaliseCompareQuery(params: URLSearchParams): Record<string, string> {
  return {
    countries: parseSlugList(params.getAll('countries'), MAX_COMPARED_COUNTRIES).join(','),
    measure: parseChoice(params.getAll('measure'), MEASURE_KEYS, DEFAULT_MEASURE),
    scale: parseChoice(params.getAll('scale'), AXIS_SCALES, DEFAULT_SCALE),
  }
}

const isScale = (value: string): value is AxisScale => (AXIS_SCALES as readonly string[]).includes(value)

/** Reads a normalised query: the countries in the order given, the measure and the scale. */
export function parseNormalisedCompareQuery(query: Readonly<Record<string, string>>): ParsedCompare {
  const { countries = '', measure = '', scale = '' } = query
  return {
    countries: parseSlugList(countries, MAX_COMPARED_COUNTRIES),
    measure: isMeasureKey(measure) ? measure : DEFAULT_MEASURE,
    scale: isScale(scale) ? scale : DEFAULT_SCALE,
    isMeasureUnknown: measure === UNKNOWN_CHOICE,
    isScaleUnknown: scale === UNKNOWN_CHOICE,
  }
}

/** Reads `?countries=a,b&measure=…&scale=…` as the compare page does. */
export function parseCompareQuery(params: URLSearchParams): ParsedCompare {
  return parseNormalisedCompareQuery(normaliseCompareQuery(params))
}
