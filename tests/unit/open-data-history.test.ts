import { describe, expect, it } from 'vitest'

import { describeUpdate } from '@/lib/domain/open-data/describeUpdate'
import { diffReleases } from '@/lib/domain/open-data/releaseDiff'
import { readReleaseSnapshot } from '@/lib/domain/open-data/releaseSnapshot'
import { findDataUpdates, type StatisticVersion } from '@/lib/domain/open-data/revisions'

// A release's JSON file as lib/domain/open-data/statisticsJson.ts writes it (only what a diff reads).
function releaseJson(countries: { name: string; iso: string; rows: Record<string, number | null>[] }[]) {
  return JSON.stringify({
    countries: countries.map(({ name, iso, rows }) => ({
      name,
      iso_code: iso,
      slug: name.toLowerCase(),
      rows,
    })),
  })
}

describe('release diffs', () => {
  const first = readReleaseSnapshot(
    releaseJson([
      {
        name: 'Belgium',
        iso: 'BE',
        rows: [
          { year: 2017, bev: 2_000, phev: 1_000, hev: 5, total_new_cars: 500_000 },
          { year: 2018, bev: 3_733, phev: null, hev: 7, total_new_cars: 520_000 },
          { year: 2019, bev: 9_000, phev: 4_000, hev: 9, total_new_cars: 530_000 },
        ],
      },
      {
        name: 'Austria',
        iso: 'AT',
        rows: [{ year: 2018, bev: 6_700, phev: 2_000, hev: 1, total_new_cars: null }],
      },
    ]),
  )
  const second = readReleaseSnapshot(
    releaseJson([
      {
        name: 'Belgium',
        iso: 'BE',
        rows: [
          { year: 2018, bev: 3_800, phev: 1_200, hev: 7, total_new_cars: 520_000, bev_share: 0.0073 },
          { year: 2019, bev: 9_000, phev: 4_000, hev: 9, total_new_cars: 530_000 },
          { year: 2020, bev: 15_000, phev: 30_000, hev: 20, total_new_cars: 430_000 },
        ],
      },
      {
        name: 'Canada',
        iso: 'CA',
        rows: [{ year: 2020, bev: 40_000, phev: 10_000, hev: null, total_new_cars: null }],
      },
    ]),
  )

  it('lists countries and years added and removed, values revised with old and new value, and counts the unchanged', () => {
    const changes = diffReleases(first, second)
    expect(changes.countriesAdded).toEqual([{ name: 'Canada', isoCode: 'CA', slug: 'canada' }])
    expect(changes.countriesRemoved).toEqual([{ name: 'Austria', isoCode: 'AT', slug: 'austria' }])
    expect(changes.yearsAdded).toEqual([{ name: 'Belgium', isoCode: 'BE', slug: 'belgium', year: 2020 }])
    expect(changes.yearsRemoved).toEqual([{ name: 'Belgium', isoCode: 'BE', slug: 'belgium', year: 2017 }])
    expect(changes.revised.map(({ year, label, from, to }) => [year, label, from, to])).toEqual([
      [2018, 'BEV', 3_733, 3_800],
      [2018, 'PHEV', null, 1_200],
    ])
    expect(changes.unchangedYears).toBe(1)
  })

  it('counts everything as added in the first release', () => {
    const changes = diffReleases(null, first)
    expect(changes.countriesAdded.map((country) => country.isoCode)).toEqual(['AT', 'BE'])
    expect(changes.revised).toEqual([])
    expect(changes.yearsAdded).toEqual([])
  })

  it('finds nothing between a release and itself', () => {
    const changes = diffReleases(first, first)
    expect(changes).toMatchObject({
      countriesAdded: [],
      countriesRemoved: [],
      revised: [],
      unchangedYears: 4,
    })
  })

  it('reads an unreadable file as empty rather than failing the page', () => {
    expect(readReleaseSnapshot('not json').size).toBe(0)
    expect(readReleaseSnapshot('{"countries": [{"iso_code": 5}]}').size).toBe(0)
  })
})

const save = (
  overrides: Partial<StatisticVersion> & Pick<StatisticVersion, 'id' | 'savedAt'>,
): StatisticVersion => ({
  parent: 's1',
  countryId: '1',
  year: 2018,
  figures: { bev: 3_733, phev: 5_000, hev: null, totalNewCars: null },
  source: 'ACEA',
  note: null,
  isEditorial: false,
  ...overrides,
})

describe('the public history of figures', () => {
  it('lists a year when it is first given and each later change of a figure as a revision', () => {
    const updates = findDataUpdates([
      save({ id: 'v1', savedAt: '2026-01-01T00:00:00.000Z' }),
      save({
        id: 'v2',
        savedAt: '2026-11-30T09:00:00.000Z',
        figures: { bev: 3_800, phev: 5_000, hev: null, totalNewCars: null },
        source: 'national registry',
        note: 'Late registrations counted.',
      }),
    ])
    expect(updates.map((update) => [update.kind, update.id])).toEqual([
      ['revision', 'v2'],
      ['new-year', 'v1'],
    ])
    expect(updates[0]).toMatchObject({
      source: 'national registry',
      note: 'Late registrations counted.',
      changes: [{ figure: 'bev', label: 'BEV', from: 3_733, to: 3_800 }],
    })
    expect(describeUpdate(updates[0] ?? fail())).toBe('2018 BEV revised from 3,733 to 3,800')
  })

  it('leaves out editorial corrections and saves that changed no figure', () => {
    const updates = findDataUpdates([
      save({ id: 'v1', savedAt: '2026-01-01T00:00:00.000Z' }),
      save({
        id: 'v2',
        savedAt: '2026-02-01T00:00:00.000Z',
        figures: { bev: 3_737, phev: 5_000, hev: null, totalNewCars: null },
        isEditorial: true,
      }),
      save({
        id: 'v3',
        savedAt: '2026-03-01T00:00:00.000Z',
        figures: { bev: 3_737, phev: 5_000, hev: null, totalNewCars: null },
        source: 'Eurostat',
      }),
    ])
    expect(updates.map((update) => update.id)).toEqual(['v1'])
  })

  it('describes a new year with its figures and a value that is withdrawn', () => {
    const [added] = findDataUpdates([save({ id: 'v1', savedAt: '2026-01-01T00:00:00.000Z' })])
    expect(describeUpdate(added ?? fail())).toBe('2018 added: BEV 3,733, PHEV 5,000')
    const [withdrawn] = findDataUpdates([
      save({ id: 'v1', savedAt: '2026-01-01T00:00:00.000Z' }),
      save({
        id: 'v2',
        savedAt: '2026-01-02T00:00:00.000Z',
        figures: { bev: 3_733, phev: null, hev: null, totalNewCars: null },
      }),
    ])
    expect(describeUpdate(withdrawn ?? fail())).toBe('2018 PHEV 5,000 withdrawn')
  })
})

function fail(): never {
  throw new Error('expected an update')
}
