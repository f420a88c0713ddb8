import type { ValueKind } from '@/lib/domain/format'
import type { AxisScale } from '@/lib/domain/statistics/axisScale'

import { createLogScale, logTicks } from './logScale'
import { createLinearScale, niceTicks, type LinearScale } from './scale'

/** The vertical axis of a chart: its ticks and where a value goes. */
export type ValueAxis = { ticks: number[]; position: LinearScale }

/**
 * The axis for the values drawn: from 0 on a linear scale (counts in whole steps, shares and
 * indexes in any step), or powers of ten on a log scale, which starts at the smallest value above
 * 0 and leaves 0 out.
 */
export function buildValueAxis(
  values: readonly number[],
  kind: ValueKind,
  scale: AxisScale,
  range: [bottom: number, top: number],
  /** About how many steps a linear axis gets. */
  tickCount = 5,
): ValueAxis {
  const max = values.length > 0 ? Math.max(...values) : 0
  if (scale === 'log') {
    const positive = values.filter((value) => value > 0)
    const ticks = logTicks(positive.length > 0 ? Math.min(...positive) : 1, max)
    return { ticks, position: createLogScale([ticks[0] ?? 1, ticks[ticks.length - 1] ?? 10], range) }
  }
  const ticks = niceTicks(max, tickCount, kind === 'count' ? 1 : 0)
  return { ticks, position: createLinearScale([0, ticks[ticks.length - 1] ?? 1], range) }
}

/** True when a value can be drawn on the scale: log axes have no place for 0 or less. */
export function isDrawable(value: number, scale: AxisScale): boolean {
  return Number.isFinite(value) && (scale === 'linear' || value > 0)
}
