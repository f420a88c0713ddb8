import type { LinearScale } from './scale'

// Above this many decades, only every n-th power of ten gets a tick.
const MAX_DECADE_TICKS = 8

/** Removes float noise such as 0.30000000000000004 (2 × 10^-1 computed in binary). */
const clean = (n: number) => Number(n.toPrecision(12))

/**
 * Ticks of a logarithmic axis covering `min`..`max` (both above 0): powers of ten, with 2× and 5×
 * between them when the range spans at most two decades, so every label is a value the axis
 * really passes through. The first tick is at or below `min`, the last at or above `max`.
 */
export function logTicks(min: number, max: number): number[] {
  const safeMin = Number.isFinite(min) && min > 0 ? min : 1
  const safeMax = Number.isFinite(max) && max >= safeMin ? max : safeMin
  const low = Math.floor(Math.log10(safeMin) + 1e-9)
  let high = Math.ceil(Math.log10(safeMax) - 1e-9)
  if (high <= low) high = low + 1
  const decades = high - low
  const every = Math.ceil(decades / MAX_DECADE_TICKS)
  const multiples = decades <= 2 ? [1, 2, 5] : [1]
  const ticks: number[] = []
  for (let exponent = low; exponent <= high; exponent += every) {
    for (const multiple of multiples) ticks.push(clean(multiple * 10 ** exponent))
  }
  if (ticks[ticks.length - 1] !== clean(10 ** high)) ticks.push(clean(10 ** high))
  // Keep one tick at or below min and one at or above max, none further out.
  const first = Math.max(
    0,
    ticks.findLastIndex((tick) => tick <= safeMin),
  )
  const last = ticks.findIndex((tick) => tick >= safeMax)
  // A single value still gets an axis of two ticks.
  return ticks.slice(first, last === -1 ? undefined : Math.max(last, first + 1) + 1)
}

/**
 * Log map from `domain` (both above 0) to `range`. Values of 0 or below have no place on a log
 * axis: they map to NaN, and charts leave them out rather than draw them at the bottom.
 */
export function createLogScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain.map(Math.log10) as [number, number]
  const [r0, r1] = range
  const span = d1 - d0
  return (value) => {
    if (!(value > 0)) return Number.NaN
    return span === 0 ? r0 : r0 + ((Math.log10(value) - d0) / span) * (r1 - r0)
  }
}
