import { buildMarkerPath, MARKER_SIZE, markerPaint } from '@/lib/render/charts/markers'
import type { MarkerShape } from '@/lib/render/charts/series-style'

type ChartMarkerProps = {
  shape: MarkerShape
  x: number
  y: number
  color: string
  /** Half the marker's width. */
  size?: number
  className?: string
}

/** One data-point marker (the legend's); its shape tells series apart for readers who cannot tell the colours. */
export function ChartMarker({ shape, x, y, color, size = MARKER_SIZE, className }: ChartMarkerProps) {
  const paint = markerPaint(shape, color)
  if (shape === 'circle') return <circle cx={x} cy={y} r={size} {...paint} className={className} />
  return <path d={buildMarkerPath(shape, x, y, size)} {...paint} className={className} />
}
