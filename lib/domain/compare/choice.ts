import { AXIS_SCALES, type AxisScale } from '@/lib/render/charts/valueAxis'
import { parseSlugList, UNKNOWN_CHOICE } from '@/lib/domain/query'
import { isMeasureKey, type MeasureKey } from '@/lib/domain/statistics/measures'
import type { ViewQuery } from '@/lib/platform/routes/viewKey'

import type { CompareChoice } from './links'

/** The comparison asked for, and which of its settings were not understood (and fell back). */
export type ParsedCompare = CompareChoice & { isMeasureUnknown: boolean; isScaleUnknown: boolean }

const isScale = (value: string): value is AxisScale => (AXIS_SCALES as readonly string[]).includes(value)

/**
 * Reads a normalised compare query (lib/platform/routes/listViews.ts): the countries in the order given,
 * the measure (registrations unless another is named) and the scale (linear unless log).
 */
export function parseCompareQuery(query: ViewQuery): ParsedCompare {
  const measure: MeasureKey = query.measure && isMeasureKey(query.measure) ? query.measure : 'registrations'
  const scale: AxisScale = query.scale && isScale(query.scale) ? query.scale : 'linear'
  return {
    countries: parseSlugList(query.countries),
    measure,
    scale,
    isMeasureUnknown: query.measure === UNKNOWN_CHOICE,
    isScaleUnknown: query.scale === UNKNOWN_CHOICE,
  }
}
