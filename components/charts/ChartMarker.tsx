import type { ReactNode } from 'react'

import { buildMarkerPath } from '@/lib/charts/markers'
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

/** The default marker size: half its width, in chart units. */
export const MARKER_SIZE = 4.5

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
export function ChartMarker({ shape, x, y, color, size = MARKER_SIZE, children }: ChartMarkerProps) {
  const paint = color === undefined ? {} : markerPaint(shape, color)
  if (shape === 'circle') {
    return (
      <circle cx={x} cy={y} r={size} {...paint}>
        {children}
      </circle>
    )
  }
  return (
    <path d={buildMarkerPath(shape, x, y, size)} {...paint}>
      {children}
    </path>
  )
}
