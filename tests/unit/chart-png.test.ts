import { describe, expect, it } from 'vitest'

import { rasterise } from '@/lib/render/chart-images/rasterise'
import { buildStandaloneSvg } from '@/lib/render/charts/standaloneSvg'

const svgWithText = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="420"><rect width="800" height="420" fill="#fff"/><text x="20" y="200" font-family="DejaVu Sans" font-size="40">${text}</text></svg>`

describe('chart PNG', () => {
  it('is 1200 × 630', async () => {
    const svg = buildStandaloneSvg({
      title: 'T',
      description: 'D',
      series: [{ key: 'bev', label: 'BEV', points: [{ year: 2020, value: 5 }] }],
      yLabel: 'New registrations',
      valueKind: 'count',
      scale: 'linear',
      credit: ['Source'],
    })
    const png = await rasterise(svg)
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })

  // resvg silently leaves out text it has no font for: a chart without labels would still render.
  it('draws text with the fonts shipped in node_modules', async () => {
    const [blank, text] = await Promise.all([
      rasterise(svgWithText('')),
      rasterise(svgWithText('Belgium 2018')),
    ])
    expect(text.equals(blank)).toBe(false)
  })
})
