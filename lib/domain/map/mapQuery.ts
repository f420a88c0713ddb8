import type { CountryStatistics } from '@/lib/data/readers/statistics'
import { UNKNOWN_CHOICE } from '@/lib/domain/query'
import { isIndicatorKey, type IndicatorKey } from '@/lib/domain/statistics/indicators'

import { chooseDefaultIndicator } from './mapEntries'

/**
 * The map's indicator from a normalised `map` value (lib/platform/routes/listViews.ts): whether the address
 * named it, or it is the default because none or an unknown one was named.
 */
export function resolveMapIndicator(
  value: string | undefined,
  members: readonly CountryStatistics[],
): { indicator: IndicatorKey; isUnknown: boolean; isExplicit: boolean } {
  if (value && isIndicatorKey(value)) return { indicator: value, isUnknown: false, isExplicit: true }
  return {
    indicator: chooseDefaultIndicator(members),
    isUnknown: value === UNKNOWN_CHOICE,
    isExplicit: false,
  }
}
