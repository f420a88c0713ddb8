import type { ReactNode } from 'react'

import { buildMarkerPath, MARKER_SIZE, markerPaint } from '@/lib/render/charts/markers'
import type { MarkerShape } from '@/lib/render/charts/series-style'

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

export { MARKER_SIZE, markerPaint } from '@/lib/render/charts/markers'

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
