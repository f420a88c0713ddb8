import type { LineChartLayout } from './layout'
import { roundCoordinate } from './paths'
import { hasValue, type ChartSeries } from '@/lib/domain/statistics/series'
import { renderSwatch, TEXT_COLOR } from './svgMarkup'
import { element } from './xml'

// DejaVu Sans averages about 0.6 em per character in English text: enough to wrap and place
// without measuring glyphs.
const CHAR_EM = 0.6

/** Splits text at spaces into lines of about `maxChars` (a longer word keeps its own line). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/** About how many characters of this size fit the width. */
export const charsIn = (width: number, fontSize: number) => Math.floor(width / (fontSize * CHAR_EM))

/** Legend entries in rows that fit the width, starting at `top`; returns the markup and its bottom. */
export function renderLegend(
  layout: LineChartLayout,
  series: readonly ChartSeries[],
  { left, right, top }: { left: number; right: number; top: number },
) {
  const items: string[] = []
  let x = left
  let y = top
  layout.series.forEach(({ key, label, style }, index) => {
    const hasData = series[index]?.points.some(hasValue) ?? false
    const text = hasData ? label : `${label} (no data)`
    const width = roundCoordinate(44 + text.length * 13 * CHAR_EM)
    if (x > left && x + width > right) {
      x = left
      y += 20
    }
    items.push(
      element('g', { 'data-series': key }, [
        renderSwatch(style, x, y),
        element('text', { x: x + 40, y: y + 7, 'dominant-baseline': 'middle', fill: TEXT_COLOR }, { text }),
      ]),
    )
    x = roundCoordinate(x + width + 20)
  })
  return { markup: element('g', { 'aria-label': 'Legend' }, items), bottom: y + 20 }
}
