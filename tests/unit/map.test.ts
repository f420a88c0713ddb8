import { describe, expect, it } from 'vitest'

import {
  BIN_COLOURS,
  buildColourScale,
  computeBreaks,
  findBin,
  pickColours,
  roundToTwoDigits,
} from '@/lib/domain/map/colourBins'
import { drawWorld } from '@/lib/render/map/drawWorld'
import { encodeRings } from '@/lib/render/map/pathData'

/** Every absolute point of path data made by encodeRings (M, then relative l steps). */
function listPoints(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = []
  for (const ring of d.split('z').filter(Boolean)) {
    const [start = '', steps = ''] = ring.slice(1).split('l')
    const [x0 = 0, y0 = 0] = start.split(' ').map(Number)
    let [x, y] = [x0, y0]
    points.push([x, y])
    const numbers = steps.match(/-?\d+/g)?.map(Number) ?? []
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x += numbers[i] ?? 0
      y += numbers[i + 1] ?? 0
      points.push([x, y])
    }
  }
  return points
}

describe('encodeRings', () => {
  it('writes an absolute start, then relative whole-number steps, and closes each ring', () => {
    expect(
      encodeRings([
        [
          [10.4, 20.6],
          [12, 20],
          [12, 25],
          [9, 23],
        ],
      ]),
    ).toBe('M10 21l2-1 0 5-3-2z')
  })

  it('drops points that round onto the previous one and rings too small to see', () => {
    const ring: Array<[number, number]> = [
      [0, 0],
      [0.2, 0.1],
      [5, 0],
      [5, 5],
      [0, 0],
    ]
    const speck: Array<[number, number]> = [
      [100, 100],
      [100.3, 100.2],
      [100.1, 99.9],
    ]
    expect(encodeRings([ring, speck])).toBe('M0 0l5 0 0 5z')
  })
})

describe('drawWorld', () => {
  it('keeps every point inside the map, with Antarctica left out', async () => {
    const drawing = await drawWorld(['BE', 'NO', 'NZ', 'FJ', 'RU', 'US', 'CL'])
    expect(drawing.width).toBe(800)
    expect(drawing.height).toBeGreaterThan(300)
    expect(drawing.height).toBeLessThan(400)
    const shapes = Object.values(drawing.members).flatMap((shape) => (shape.kind === 'area' ? [shape.d] : []))
    const points = [drawing.others, ...shapes].flatMap(listPoints)
    expect(points.length).toBeGreaterThan(1000)
    const xs = points.map(([x]) => x)
    const ys = points.map(([, y]) => y)
    // The map fills its width, and nothing sticks out of the viewBox.
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([0, drawing.width])
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...ys)).toBeLessThanOrEqual(drawing.height)
  }, 30_000)

  it('draws members by their ISO code, small ones as dots, and all others as one light shape', async () => {
    const drawing = await drawWorld(['BE', 'MT', 'GF'])
    expect(drawing.members.BE?.kind).toBe('area')
    // Malta is too small for the 1:110m map; French Guiana is part of France's outline there.
    expect(drawing.members.MT).toMatchObject({ kind: 'dot' })
    expect(drawing.members.GF).toEqual({ kind: 'none' })
    const belgium = drawing.members.BE?.kind === 'area' ? listPoints(drawing.members.BE.d) : []
    expect(belgium.length).toBeGreaterThan(3)
    // Belgium lies just east of the meridian at the map's middle, well north of the equator.
    const inEurope = belgium.every(
      ([x, y]) => x > drawing.width / 2 && x < drawing.width / 2 + 40 && y < drawing.height / 3,
    )
    expect(inEurope).toBe(true)
    // One path for the rest of the world: small enough to ship twice (HTML and React's payload).
    expect(drawing.others.length).toBeLessThan(25_000)
  }, 30_000)
})

describe('colour binning', () => {
  it('rounds limits down to two significant digits', () => {
    expect(roundToTwoDigits(3733)).toBe(3700)
    expect(roundToTwoDigits(199_553)).toBe(190_000)
    expect(roundToTwoDigits(0.085)).toBe(0.085)
    expect(roundToTwoDigits(0.01234)).toBe(0.012)
    expect(roundToTwoDigits(96)).toBe(96)
    expect(roundToTwoDigits(0)).toBe(0)
  })

  it('splits at quantiles, so registrations of very different sizes spread over the colours', () => {
    const values = [263, 3733, 9704, 13_226, 40_000, 120_000, 500_000, 1_000_000, 2_000_000, 6_000_000]
    const breaks = computeBreaks(values)
    expect(breaks).toEqual([9700, 40_000, 500_000, 2_000_000])
    expect(values.map((value) => findBin(value, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
  })

  it('puts the largest value in the last step', () => {
    const values = [3733, 49_888, 54_565, 87_305, 199_553]
    const breaks = computeBreaks(values)
    expect(values.map((value) => findBin(value, breaks))).toEqual([0, 1, 2, 3, 4])
  })

  it('uses fewer steps for fewer distinct values, and one for a single member', () => {
    expect(computeBreaks([5, 5, 5])).toEqual([])
    expect(computeBreaks([1, 100])).toEqual([100])
    expect(buildColourScale([0.2], 'share').bins).toEqual([{ colour: BIN_COLOURS[2], label: 'all values' }])
  })

  it('labels each step with its range and unit format, light to dark', () => {
    const scale = buildColourScale([0.01, 0.05, 0.2, 0.4, 0.9], 'share')
    expect(scale.bins.map((bin) => bin.label)).toEqual([
      'under 5%',
      '5% to under 20%',
      '20% to under 40%',
      '40% to under 90%',
      '90% or more',
    ])
    expect(scale.bins.map((bin) => bin.colour)).toEqual([...BIN_COLOURS])
  })

  it('spreads fewer steps over the whole palette', () => {
    expect(pickColours(2)).toEqual([BIN_COLOURS[0], BIN_COLOURS[4]])
    expect(pickColours(3)).toEqual([BIN_COLOURS[0], BIN_COLOURS[2], BIN_COLOURS[4]])
  })

  it('orders the palette from light to dark, so more is darker without telling hues apart', () => {
    const luminance = (hex: string) => {
      const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }
    const levels = BIN_COLOURS.map(luminance)
    expect(levels).toEqual([...levels].sort((a, b) => b - a))
  })
})
