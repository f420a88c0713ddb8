import type { AxisScale } from '@/lib/domain/statistics/axisScale'
import { MAX_COMPARED_COUNTRIES, parseCompareQuery, type CompareChoice } from './query'
import { parseChoice, parseSlugList, UNKNOWN_CHOICE } from '@/lib/domain/query'
import { MEASURE_KEYS, MEASURES, type Measure, type MeasurePart } from '@/lib/domain/statistics/measures'

/** The chart a compare image shows: the page's choice, and which part of its measure. */
export type CompareImageRequest = {
  choice: CompareChoice
  measure: Measure
  part: MeasurePart
  scale: AxisScale
}

export type CompareImageQuery = { ok: true; request: CompareImageRequest } | { ok: false; problem: string }

const fail = (problem: string): CompareImageQuery => ({ ok: false, problem })
const quote = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)

/**
 * Reads `?countries=a,b&measure=…&scale=…&part=…` as the compare page does (lib/platform/routes/listViews.ts,
 * lib/domain/compare/choice.ts), except that an image has no notice to show: where the page falls back,
 * the image names the problem instead.
 */
export function parseCompareImageQuery(params: URLSearchParams): CompareImageQuery {
  const items = params
    .getAll('countries')
    .flatMap((value) => value.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (items.length === 0) return fail('Name the countries to compare: ?countries=belgium,germany.')
  const invalid = items.find((item) => parseSlugList(item).length === 0)
  if (invalid !== undefined) return fail(`Not a country slug: ${quote(invalid)}.`)
  if (parseSlugList(params.getAll('countries'), MAX_COMPARED_COUNTRIES + 1).length > MAX_COMPARED_COUNTRIES) {
    return fail(`Compare at most ${MAX_COMPARED_COUNTRIES} countries.`)
  }
  const parsed = parseCompareQuery(params)
  if (parsed.isMeasureUnknown) return fail(`Unknown measure: the measures are ${MEASURE_KEYS.join(', ')}.`)
  if (parsed.isScaleUnknown) return fail('Unknown scale: the scales are linear and log.')
  const measure = MEASURES[parsed.measure]
  const partKeys = measure.parts.map((part) => part.key)
  const partKey = parseChoice(params.getAll('part'), partKeys)
  if (partKey === UNKNOWN_CHOICE) {
    return fail(`Unknown part: the parts of ${measure.key} are ${partKeys.join(', ')}.`)
  }
  const part = measure.parts.find((p) => p.key === partKey) ?? measure.parts[0]
  if (!part) return fail(`The measure ${measure.key} has no parts.`)
  const { countries, scale } = parsed
  return {
    ok: true,
    request: {
      choice: { countries, measure: measure.key, scale },
      measure,
      part,
      // Shares are compared on a linear scale, as on the page.
      scale: measure.allowsLog ? scale : 'linear',
    },
  }
}
