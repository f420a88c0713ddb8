import type { NavLine } from '@/lib/render/charts/frames'

/** A point of a chart: the index of its line and its index among that line's points. */
export type Spot = { line: number; point: number }

/** The point nearest to `year` on a line, or null when the line has none. */
function nearest(line: NavLine, year: number): number | null {
  let best: number | null = null
  line.points.forEach((point, index) => {
    const bestYear = best === null ? undefined : line.points[best]?.year
    if (bestYear === undefined || Math.abs(point.year - year) < Math.abs(bestYear - year)) best = index
  })
  return best
}

/** The next line from `from` in `step` direction that has points, or null at the end. */
function nextLine(lines: readonly NavLine[], from: number, step: 1 | -1): number | null {
  for (let index = from + step; index >= 0 && index < lines.length; index += step) {
    if ((lines[index]?.points.length ?? 0) > 0) return index
  }
  return null
}

/**
 * Where a key moves from `spot`: left and right through a line's years, up and down between
 * lines (to the nearest year), Home and End to a line's first and last year. Undefined for a key
 * the chart leaves alone; null when the key is the chart's but there is nowhere to go.
 */
export function findNextSpot(
  lines: readonly NavLine[],
  spot: Spot | null,
  key: string,
): Spot | null | undefined {
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) return undefined
  const current = spot === null ? undefined : lines[spot.line]
  if (spot === null || !current) {
    const first = nextLine(lines, -1, 1)
    return first === null ? null : { line: first, point: 0 }
  }
  const last = current.points.length - 1
  if (key === 'Home') return { line: spot.line, point: 0 }
  if (key === 'End') return { line: spot.line, point: last }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const point = spot.point + (key === 'ArrowRight' ? 1 : -1)
    return point < 0 || point > last ? spot : { line: spot.line, point }
  }
  const line = nextLine(lines, spot.line, key === 'ArrowDown' ? 1 : -1)
  const year = current.points[spot.point]?.year
  const target = line === null ? undefined : lines[line]
  const point = target && year !== undefined ? nearest(target, year) : null
  return line === null || point === null ? spot : { line, point }
}
