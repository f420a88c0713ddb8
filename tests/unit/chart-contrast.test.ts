import { describe, expect, it } from 'vitest'

import { TEXT_COLOR } from '@/lib/render/charts/svgMarkup'
import { SERIES_COLORS } from '@/lib/render/charts/series-style'
import { BIN_COLOURS } from '@/lib/domain/map/colourBins'

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light = 0, dark = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

describe('chart colours on the white page', () => {
  it('give text 4.5:1 or more (WCAG 1.4.3)', () => {
    expect(contrast(TEXT_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('give every series line and marker 3:1 or more (WCAG 1.4.11), each colour its own', () => {
    for (const color of SERIES_COLORS) expect(contrast(color, '#ffffff'), color).toBeGreaterThanOrEqual(3)
    expect(new Set(SERIES_COLORS).size).toBe(SERIES_COLORS.length)
  })

  it("keep the map's colour steps in order of lightness, so they read in greyscale", () => {
    const lightness = BIN_COLOURS.map(luminance)
    expect(lightness).toEqual([...lightness].sort((a, b) => b - a))
  })
})
