import { describe, expect, it } from 'vitest'

import { buildLinePath, splitIntoRuns } from '@/lib/render/charts/paths'
import {
  createLinearScale,
  createYearScale,
  fillYearRange,
  niceTicks,
  pickLabelledYears,
} from '@/lib/render/charts/scale'
import { formatCell, formatNumber } from '@/lib/domain/format'

describe('niceTicks', () => {
  it('uses 1, 2 or 5 × 10^n steps from 0 to a nice maximum', () => {
    expect(niceTicks(3733)).toEqual([0, 1000, 2000, 3000, 4000])
    expect(niceTicks(13226)).toEqual([0, 5000, 10000, 15000])
    expect(niceTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000])
    expect(niceTicks(2_400_000)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000])
  })

  it('avoids float noise in small steps', () => {
    expect(niceTicks(0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
  })

  it('gives an axis for a maximum of 0 or garbage', () => {
    expect(niceTicks(0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
    expect(niceTicks(Number.NaN, 5, 1)).toEqual([0, 1])
    expect(niceTicks(-10, 5, 1)).toEqual([0, 1])
  })

  it('respects a minimum step so counts never get fractional ticks', () => {
    expect(niceTicks(3, 5, 1)).toEqual([0, 1, 2, 3])
  })
})

describe('createLinearScale', () => {
  it('maps the domain onto a (flipped) range', () => {
    const y = createLinearScale([0, 4000], [300, 20])
    expect(y(0)).toBe(300)
    expect(y(4000)).toBe(20)
    expect(y(2000)).toBe(160)
  })

  it('maps a zero-width domain to the range start', () => {
    expect(createLinearScale([5, 5], [0, 100])(5)).toBe(0)
  })
})

describe('year scale', () => {
  it('fills every year between the first and last, ascending', () => {
    expect(fillYearRange([2018, 2011, 2014])).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018])
    expect(fillYearRange([])).toEqual([])
  })

  it('places years ascending left to right, one slot each', () => {
    const x = createYearScale([2013, 2011], [0, 300])
    expect(x.years).toEqual([2011, 2012, 2013])
    expect(x.step).toBe(100)
    expect(x.position(2011)).toBe(50)
    expect(x.position(2012)).toBe(150)
    expect(x.position(2013)).toBe(250)
  })

  it('centres a single year', () => {
    expect(createYearScale([2020], [100, 300]).position(2020)).toBe(200)
  })

  it('thins labels for long ranges to round years', () => {
    const years = fillYearRange([1990, 2025])
    expect(pickLabelledYears(years, 12)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025])
    expect(pickLabelledYears([2011, 2012, 2013], 12)).toEqual([2011, 2012, 2013])
  })
})

describe('paths with gaps', () => {
  const x = (year: number) => (year - 2010) * 10
  const y = (value: number) => 100 - value

  it('starts a new M after a null, and never maps null to y of 0', () => {
    const runs = splitIntoRuns(
      [
        { year: 2011, value: 10 },
        { year: 2012, value: 20 },
        { year: 2013, value: null },
        { year: 2014, value: 30 },
        { year: 2015, value: 40 },
      ],
      x,
      y,
    )
    expect(runs.map((run) => run.map((p) => p.year))).toEqual([
      [2011, 2012],
      [2014, 2015],
    ])
    expect(buildLinePath(runs)).toBe('M10 90 L20 80 M40 70 L50 60')
    // y(0) would be 100: nothing may be drawn there.
    expect(runs.flat().some((p) => p.y === 100)).toBe(false)
  })

  it('breaks the line where a year is absent from the series', () => {
    const runs = splitIntoRuns(
      [
        { year: 2014, value: 30 },
        { year: 2011, value: 10 },
        { year: 2012, value: 20 },
      ],
      x,
      y,
    )
    expect(buildLinePath(runs)).toBe('M10 90 L20 80')
    expect(runs).toHaveLength(2)
  })

  it('keeps a lone point as a marker without a line', () => {
    const runs = splitIntoRuns(
      [
        { year: 2011, value: 5 },
        { year: 2012, value: null },
      ],
      x,
      y,
    )
    expect(runs).toEqual([[{ year: 2011, value: 5, x: 10, y: 95 }]])
    expect(buildLinePath(runs)).toBe('')
  })

  it('draws a real 0 at y(0)', () => {
    const runs = splitIntoRuns([{ year: 2011, value: 0 }], x, y)
    expect(runs[0]?.[0]?.y).toBe(100)
  })
})

describe('format', () => {
  it('uses English thousands separators and "no data" for null', () => {
    expect(formatNumber(3733)).toBe('3,733')
    expect(formatNumber(13226)).toBe('13,226')
    expect(formatNumber(2_500_000)).toBe('2,500,000')
    expect(formatCell(null)).toBe('no data')
    expect(formatCell(0)).toBe('0')
  })
})
