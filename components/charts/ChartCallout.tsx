import type { NavPoint } from '@/lib/render/charts/frames'

type Props = { point: NavPoint | undefined; frameIndex: number; width: number; height: number }

// About the advance of a character of the chart's 13-unit text, and the height of a line.
const CHAR_WIDTH = 7
const LINE_HEIGHT = 17

/** The label on one line, or split after its year and line name when that is too wide. */
function splitLabel(label: string, width: number): string[] {
  const split = label.indexOf(': ')
  if (label.length * CHAR_WIDTH + 16 <= width - 8 || split === -1) return [label]
  return [label.slice(0, split + 1), label.slice(split + 2)]
}

/**
 * The value of the point reached, tapped or hovered, in a box beside it, and a ring around it.
 * For the eye only: screen readers hear the point's own name.
 */
export function ChartCallout({ point, frameIndex, width, height }: Props) {
  const at = point?.at[frameIndex]
  if (!point || !at) return null
  const [x, y] = at
  const lines = splitLabel(point.label, width)
  const boxWidth = Math.min(width - 8, Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH + 16)
  const boxHeight = lines.length * LINE_HEIGHT + 8
  const left = Math.min(Math.max(4, x - boxWidth / 2), width - boxWidth - 4)
  const top = y - boxHeight - 14 >= 0 ? y - boxHeight - 14 : Math.min(y + 14, height - boxHeight)
  return (
    <g aria-hidden="true" pointerEvents="none" className="chart-callout">
      <circle cx={x} cy={y} r={9} fill="none" stroke="#0f172a" strokeWidth={2.5} />
      <rect x={left} y={top} width={boxWidth} height={boxHeight} rx={4} fill="#0f172a" />
      <text x={left + 8} y={top + 4 + LINE_HEIGHT / 2} dominantBaseline="middle" fill="#ffffff">
        {lines.map((line, index) => (
          <tspan key={index} x={left + 8} dy={index === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}
