import { roundCoordinate } from './paths'
import type { MarkerShape } from './series-style'

// Corner offsets in units of the marker size; the triangles and diamond are a little larger
// than the square so all shapes look about as heavy.
const POLYGONS: Record<Exclude<MarkerShape, 'circle' | 'cross'>, Array<[number, number]>> = {
  square: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  triangle: [
    [0, -1.2],
    [1.15, 0.8],
    [-1.15, 0.8],
  ],
  'triangle-down': [
    [0, 1.2],
    [1.15, -0.8],
    [-1.15, -0.8],
  ],
  diamond: [
    [0, -1.3],
    [1.3, 0],
    [0, 1.3],
    [-1.3, 0],
  ],
}

/** Path data for one marker of `size` (half its width) centred on (x, y). */
export function buildMarkerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const at = (dx: number, dy: number) => `${roundCoordinate(x + dx * size)} ${roundCoordinate(y + dy * size)}`
  if (shape === 'circle') {
    const diameter = roundCoordinate(2 * size)
    return `M${at(-1, 0)}a${size} ${size} 0 1 0 ${diameter} 0a${size} ${size} 0 1 0 -${diameter} 0Z`
  }
  if (shape === 'cross') return `M${at(-1, -1)}L${at(1, 1)}M${at(1, -1)}L${at(-1, 1)}`
  return `${POLYGONS[shape].map(([dx, dy], i) => `${i === 0 ? 'M' : 'L'}${at(dx, dy)}`).join('')}Z`
}

/** Path data drawing a marker at each point: a whole series' markers as one element. */
export function buildMarkersPath(
  shape: MarkerShape,
  points: ReadonlyArray<{ x: number; y: number }>,
  size: number,
): string {
  return points.map(({ x, y }) => buildMarkerPath(shape, x, y, size)).join('')
}

/** The default marker size: half its width, in chart units. */
export const MARKER_SIZE = 4.5

/** Presentation attributes that SVG children inherit. */
export type MarkerPaint = { fill: string; stroke: string; strokeWidth: number }

/**
 * Fill and stroke of a series' markers. Set once on the group of a series' markers, they are
 * inherited by each one (a chart of five series over 30 years has 150 markers).
 */
export function markerPaint(shape: MarkerShape, color: string): MarkerPaint {
  return shape === 'cross'
    ? { fill: 'none', stroke: color, strokeWidth: 2.5 }
    : { fill: color, stroke: '#ffffff', strokeWidth: 1.5 }
}
