import type { ReactNode } from 'react'

import { roundCoordinate } from '@/lib/charts/paths'
import type { MarkerShape } from '@/lib/charts/series-style'

type ChartMarkerProps = {
  shape: MarkerShape
  x: number
  y: number
  /** Paints the marker itself; leave it out when its group has {@link markerPaint}. */
  color?: string
  /** Half the marker's width. */
  size?: number
  /** Usually an SVG `<title>` so the point shows a tooltip. */
  children?: ReactNode
}

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

/** Path data for a non-circular marker centred on (x, y). */
function buildShapePath(shape: Exclude<MarkerShape, 'circle'>, x: number, y: number, r: number) {
  const at = (dx: number, dy: number) => `${roundCoordinate(x + dx * r)} ${roundCoordinate(y + dy * r)}`
  if (shape === 'cross') return `M${at(-1, -1)}L${at(1, 1)}M${at(1, -1)}L${at(-1, 1)}`
  return `${POLYGONS[shape].map(([dx, dy], i) => `${i === 0 ? 'M' : 'L'}${at(dx, dy)}`).join('')}Z`
}

/** Presentation attributes that SVG children inherit. */
type MarkerPaint = { fill: string; stroke: string; strokeWidth: number }

/**
 * Fill and stroke of a series' markers. Set once on the group of a series' markers, they are
 * inherited by each one (a chart of five series over 30 years has 150 markers).
 */
export function markerPaint(shape: MarkerShape, color: string): MarkerPaint {
  return shape === 'cross'
    ? { fill: 'none', stroke: color, strokeWidth: 2.5 }
    : { fill: color, stroke: '#ffffff', strokeWidth: 1.5 }
}

/** One data-point marker; its shape tells series apart for readers who cannot tell the colours. */
export function ChartMarker({ shape, x, y, color, size = 4.5, children }: ChartMarkerProps) {
  const paint = color === undefined ? {} : markerPaint(shape, color)
  if (shape === 'circle') {
    return (
      <circle cx={x} cy={y} r={size} {...paint}>
        {children}
      </circle>
    )
  }
  return (
    <path d={buildShapePath(shape, x, y, size)} {...paint}>
      {children}
    </path>
  )
}
