import { describe, expect, it } from 'vitest'

import { chooseDefaultIndicator, buildMapModel } from '@/lib/domain/map/mapEntries'
import { computeGlance } from '@/lib/domain/statistics/glance'
import { buildHeadlineSeries } from '@/lib/domain/statistics/headlineSeries'
import { rankByValue } from '@/lib/domain/statistics/ranking'
import { findStanding } from '@/lib/domain/statistics/standing'
import type { YearFigures } from '@/lib/domain/statistics/types'

const year = (
  y: number,
  bev: number | null,
  phev: number | null,
  hev: number | null,
  totalNewCars: number | null = null,
): YearFigures => ({
  year: y,
  bev,
  phev,
  hev,
  totalNewCars,
})

const member = (name: string, isoCode: string, rows: YearFigures[]) => ({
  country: { id: isoCode, name, slug: name.toLowerCase(), isoCode },
  rows,
  updatedAt: null,
})

const BELGIUM = member('Belgium', 'BE', [
  year(2017, 2705, 11832, 12235, 546_558),
  year(2018, 3733, 9704, 13226, 549_632),
])
const NORWAY = member('Norway', 'NO', [
  year(2017, 33_000, 20_000, 9000, 158_000),
  year(2018, 46_000, 27_000, 8000, 148_000),
])
const FRANCE = member('France', 'FR', [
  year(2018, 3733, 1000, null),
  year(2019, 42_000, 18_000, 90_000, 2_200_000),
])
const MALTA = member('Malta', 'MT', [year(2016, null, null, null)])

describe('computeGlance', () => {
  it('gives the latest year with data and each change on the year before', () => {
    const glance = computeGlance(BELGIUM.rows)
    expect(glance?.year).toBe(2018)
    expect(glance?.bev).toEqual({
      value: 3733,
      change: { previousYear: 2017, previous: 2705, difference: 1028, ratio: 1028 / 2705 },
    })
    expect(glance?.pluginShare.value).toBeCloseTo(13_437 / 549_632, 12)
    expect(glance?.pluginShare.change?.difference).toBeCloseTo(13_437 / 549_632 - 14_537 / 546_558, 12)
  })

  it('gives no change when the year before is missing, and no share without a total', () => {
    const glance = computeGlance([year(2015, 100, 50, null), year(2013, 10, 5, 1)])
    expect(glance).toMatchObject({
      year: 2015,
      bev: { value: 100, change: null },
      hev: { value: null, change: null },
    })
    expect(glance?.pluginShare).toEqual({ value: null, change: null })
  })

  it('skips years without any registrations, and is null without any', () => {
    expect(computeGlance([year(2019, 10, null, null), year(2020, null, null, null)])?.year).toBe(2019)
    expect(computeGlance(MALTA.rows)).toBeNull()
  })
})

describe('rankings', () => {
  it('share a place between equal values and skip the next', () => {
    const ranked = rankByValue([
      { member: 'a', year: 1, value: 5 },
      { member: 'b', year: 1, value: 9 },
      { member: 'c', year: 1, value: 5 },
      { member: 'd', year: 1, value: 1 },
    ])
    expect(ranked.map(({ member, rank }) => `${member}${rank}`)).toEqual(['b1', 'a2', 'c2', 'd4'])
  })

  it('place a country among the members reporting the same year', () => {
    const members = [BELGIUM, NORWAY, FRANCE, MALTA]
    expect(findStanding(members, 'belgium', 2018, 'bev')).toEqual({ rank: 2, of: 3 })
    expect(findStanding(members, 'france', 2018, 'bev')).toEqual({ rank: 2, of: 3 })
    // France has no total for 2018: two members have a plug-in share that year.
    expect(findStanding(members, 'belgium', 2018, 'plugin_share')).toEqual({ rank: 2, of: 2 })
    expect(findStanding(members, 'france', 2018, 'plugin_share')).toBeNull()
  })
})

describe('the map model', () => {
  it('ranks members at their own latest year, members without data last', () => {
    const model = buildMapModel([BELGIUM, FRANCE, MALTA, NORWAY], 'bev')
    expect(model.entries.map((entry) => [entry.name, entry.latest?.year, entry.latest?.rank])).toEqual([
      ['Norway', 2018, 1],
      ['France', 2019, 2],
      ['Belgium', 2018, 3],
      ['Malta', undefined, undefined],
    ])
    expect(model.entries[0]?.latest?.bin).toBe(model.scale.bins.length - 1)
  })

  it('defaults to the measure most members report for their latest year', () => {
    // The legacy import: one of 18 members reports a share, 11 report BEV registrations.
    const withShare = member('Belgium', 'BE', [year(2020, 3733, 9704, 13_226, 549_632)])
    const bevOnly = Array.from({ length: 10 }, (_, i) =>
      member(`Bev${i}`, `B${i}`, [year(2020, 100 + i, null, null)]),
    )
    const silent = Array.from({ length: 7 }, (_, i) =>
      member(`None${i}`, `N${i}`, [year(2020, null, null, null)]),
    )
    expect(chooseDefaultIndicator([withShare, ...bevOnly, ...silent])).toBe('bev')
  })

  it("counts only each member's latest year with a figure", () => {
    // Two members had shares years ago; three report only PHEV now.
    const formerShare = (name: string) =>
      member(name, name.slice(0, 2).toUpperCase(), [year(2015, 10, 10, 10, 1000), year(2020, null, 40, null)])
    const phevOnly = member('Phevland', 'PH', [year(2021, null, 7, null), year(2022, null, null, null)])
    expect(chooseDefaultIndicator([formerShare('Aland'), formerShare('Boland'), phevOnly])).toBe('phev')
  })

  it('breaks ties by plug-in, BEV, PHEV, HEV registrations, then plug-in share, BEV share', () => {
    expect(chooseDefaultIndicator([BELGIUM, MALTA])).toBe('plugin')
    expect(
      chooseDefaultIndicator([
        member('A', 'AA', [year(2018, 5, null, null)]),
        member('B', 'BB', [year(2018, null, 5, null)]),
      ]),
    ).toBe('bev')
    expect(
      chooseDefaultIndicator([
        member('A', 'AA', [year(2018, null, null, 5)]),
        member('B', 'BB', [year(2018, null, 5, null)]),
      ]),
    ).toBe('phev')
    expect(chooseDefaultIndicator([MALTA])).toBe('plugin')
  })
})

describe('buildHeadlineSeries', () => {
  it('names the leading members and sums the others reporting each year, never partial plug-in figures', () => {
    const series = buildHeadlineSeries(
      [BELGIUM, NORWAY, FRANCE, MALTA].map(({ country, rows }) => ({ ...country, rows })),
      1,
    )
    expect(series.map((line) => line.label)).toEqual(['Norway', 'Other members (3)'])
    expect(series[0]?.points.map((point) => point.value)).toEqual([53_000, 73_000, null])
    expect(series[1]?.points).toEqual([
      { year: 2017, value: 2705 + 11_832 },
      { year: 2018, value: 3733 + 9704 + 3733 + 1000 },
      { year: 2019, value: 42_000 + 18_000 },
    ])
  })
})
