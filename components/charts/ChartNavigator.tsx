'use client'

import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react'

import type { NavLine } from '@/lib/render/charts/frames'

import { ChartCallout } from './ChartCallout'
import { findNextSpot, type Spot } from './findNextSpot'

/** One drawing of the chart: its size, the CSS that shows it at some widths only, what it draws. */
export type NavFrame = { width: number; height: number; className: string; drawing: ReactNode }

type Props = { title: string; description: string; frames: NavFrame[]; lines: NavLine[] }

/**
 * False in the server's HTML and while hydrating; true once the browser is idle after it. The
 * points wait for that moment, each chart on its own, so hydrating stays a short task (a
 * comparison has hundreds of points) and a phone's main thread is not blocked by them.
 */
function useIsIdleAfterHydration(): boolean {
  const [isIdle, setIsIdle] = useState(false)
  useEffect(() => {
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(() => setIsIdle(true), { timeout: 2000 })
      return () => window.cancelIdleCallback(handle)
    }
    const handle = setTimeout(() => setIsIdle(true), 1)
    return () => clearTimeout(handle)
  }, [])
  return isIdle
}

const HINT = 'Use the arrow keys to step through the points: left and right for years, up and down for lines.'
const same = (a: Spot | null, b: Spot | null) => a?.line === b?.line && a?.point === b?.point

/**
 * The chart's keyboard and touch island. Without JavaScript each frame is one named stop (the
 * table follows it). Once running, every point is a `graphics-symbol` named by its value, and the
 * chart keeps one tab stop (a roving tabindex): the root, then the last point reached.
 */
export function ChartNavigator({ title, description, frames, lines }: Props) {
  const isInteractive = useIsIdleAfterHydration()
  const [active, setActive] = useState<Spot | null>(null)
  const [focused, setFocused] = useState<Spot | null>(null)
  const [hovered, setHovered] = useState<Spot | null>(null)
  const shown = hovered ?? focused

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const next = findNextSpot(lines, active, event.key)
    if (next === undefined) return
    event.preventDefault()
    if (next === null) return
    event.currentTarget.querySelector<SVGElement>(`[data-spot="${next.line}-${next.point}"]`)?.focus()
  }

  return frames.map((frame, frameIndex) => (
    <svg
      key={frameIndex}
      role="graphics-document document"
      aria-roledescription="chart"
      tabIndex={active === null ? 0 : -1}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      width="100%"
      fontSize={13}
      className={`chart h-auto w-full ${frame.className}`}
      onKeyDown={onKeyDown}
    >
      <title>{title}</title>
      <desc>{isInteractive ? `${description} ${HINT}` : description}</desc>
      {frame.drawing}
      {isInteractive &&
        lines.map((line, lineIndex) => (
          <g key={lineIndex} role="graphics-object group" aria-label={line.label}>
            {line.points.map((point, pointIndex) => {
              const spot = { line: lineIndex, point: pointIndex }
              const [x = 0, y = 0] = point.at[frameIndex] ?? []
              return (
                <circle
                  key={point.year}
                  data-spot={`${lineIndex}-${pointIndex}`}
                  role="graphics-symbol img"
                  aria-label={point.label}
                  tabIndex={same(active, spot) ? 0 : -1}
                  cx={x}
                  cy={y}
                  r={10}
                  // Invisible, yet a target for a finger or a pointer: the drawing shows the marker.
                  fill="transparent"
                  className="chart-point"
                  onFocus={() => {
                    setActive(spot)
                    setFocused(spot)
                  }}
                  onBlur={() => setFocused(null)}
                  onClick={(event) => event.currentTarget.focus()}
                  onPointerEnter={() => setHovered(spot)}
                  onPointerLeave={() => setHovered(null)}
                />
              )
            })}
          </g>
        ))}
      {shown && (
        <ChartCallout
          point={lines[shown.line]?.points[shown.point]}
          frameIndex={frameIndex}
          width={frame.width}
          height={frame.height}
        />
      )}
    </svg>
  ))
}
