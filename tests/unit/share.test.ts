import { describe, expect, it } from 'vitest'

import { indexSeries } from '@/lib/domain/statistics/growthIndex'
import {
  computeShare,
  computeYearShares,
  countPlugIns,
  hasAnyShare,
  roundShare,
} from '@/lib/domain/statistics/share'

describe('computeShare', () => {
  it('divides the part by the total of new cars', () => {
    expect(computeShare(3733, 549_632)).toBeCloseTo(0.006792, 6)
    expect(computeShare(0, 1000)).toBe(0)
  })

  it('has no share without a total, without the part, or for a total of 0', () => {
    expect(computeShare(3733, null)).toBeNull()
    expect(computeShare(null, 549_632)).toBeNull()
    expect(computeShare(10, 0)).toBeNull()
    expect(computeShare(10, Number.NaN)).toBeNull()
  })
})

describe('computeYearShares', () => {
  it('computes plug-in from BEV and PHEV together, never from one of them alone', () => {
    const full = computeYearShares({ year: 2018, bev: 3733, phev: 9704, hev: 13226, totalNewCars: 549_632 })
    expect(full.plugin).toBeCloseTo((3733 + 9704) / 549_632, 12)
    const partial = computeYearShares({ year: 2019, bev: 8000, phev: null, hev: 1, totalNewCars: 550_000 })
    expect(partial).toMatchObject({ phev: null, plugin: null, hev: 1 / 550_000 })
    expect(partial.bev).toBeCloseTo(8000 / 550_000, 12)
  })

  it('gives no share at all for a year without a total', () => {
    expect(computeYearShares({ year: 2011, bev: 263, phev: null, hev: null, totalNewCars: null })).toEqual({
      year: 2011,
      totalNewCars: null,
      bev: null,
      phev: null,
      hev: null,
      plugin: null,
    })
  })

  it('counts plug-ins only when both figures are known', () => {
    expect(countPlugIns({ bev: 1, phev: 2 })).toBe(3)
    expect(countPlugIns({ bev: 1, phev: null })).toBeNull()
    expect(countPlugIns({ bev: null, phev: 0 })).toBeNull()
  })

  it('says whether any year has a share', () => {
    expect(hasAnyShare([{ year: 2018, bev: 1, phev: null, hev: null, totalNewCars: null }])).toBe(false)
    expect(hasAnyShare([{ year: 2018, bev: 1, phev: null, hev: null, totalNewCars: 0 }])).toBe(false)
    expect(hasAnyShare([{ year: 2018, bev: null, phev: null, hev: 5, totalNewCars: 100 }])).toBe(true)
  })
})

describe('roundShare', () => {
  it('rounds to four decimal places, half up, free of float noise', () => {
    expect(roundShare(0.006792)).toBe(0.0068)
    expect(roundShare(0.00675)).toBe(0.0068)
    expect(roundShare(0.00005)).toBe(0.0001)
    expect(roundShare(0.000049)).toBe(0)
    expect(roundShare(1)).toBe(1)
    expect(roundShare(0.1 + 0.2)).toBe(0.3)
  })

  it('keeps no data as no data', () => {
    expect(roundShare(null)).toBeNull()
    expect(roundShare(Number.POSITIVE_INFINITY)).toBeNull()
  })
})

describe('indexSeries', () => {
  it('sets the first year with data to 100 and keeps gaps', () => {
    const { baseYear, points } = indexSeries([
      { year: 2013, value: 300 },
      { year: 2011, value: null },
      { year: 2012, value: 200 },
      { year: 2014, value: null },
      { year: 2015, value: 100 },
    ])
    expect(baseYear).toBe(2012)
    expect(points).toEqual([
      { year: 2011, value: null },
      { year: 2012, value: 100 },
      { year: 2013, value: 150 },
      { year: 2014, value: null },
      { year: 2015, value: 50 },
    ])
  })

  it('skips a first value of 0, which cannot be a base', () => {
    const { baseYear, points } = indexSeries([
      { year: 2011, value: 0 },
      { year: 2012, value: 40 },
      { year: 2013, value: 0 },
    ])
    expect(baseYear).toBe(2012)
    expect(points.map((point) => point.value)).toEqual([null, 100, 0])
  })

  it('has no index when no year has a value above 0', () => {
    expect(indexSeries([{ year: 2011, value: 0 }])).toEqual({
      baseYear: null,
      points: [{ year: 2011, value: null }],
    })
    expect(indexSeries([])).toEqual({ baseYear: null, points: [] })
  })
})
