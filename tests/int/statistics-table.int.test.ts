import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { saveTableEndpoint } from '@/collections/EvStatistics/endpoints/saveTable'
import { importStatisticsCsv } from '@/lib/data/statistics/importStatisticsCsv'
import { saveStatisticsTable } from '@/lib/data/statistics/saveStatisticsTable'
import type { Country, EvStatistic, User } from '@/payload-types'

import { expectDenied } from './helpers/errors'
import { createCountry } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

type Staff = User & { collection: 'users' }

let payload: Payload
let editor: Staff
let country: Country

beforeAll(async () => {
  payload = await bootPayload()
  editor = await createUser(payload, 'editor')
  country = await createCountry(payload)
  for (const [year, bev] of [
    [2017, 2705],
    [2018, 3733],
  ] as const) {
    await payload.create({
      collection: 'ev-statistics',
      data: { country: country.id, year, bev, phev: 100, source: 'FEBIAC', notes: 'kept' },
      overrideAccess: true,
    })
  }
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/** Calls the endpoint as Payload's REST router would, with `user` signed in. */
async function post(body: unknown, user: Staff | null = editor) {
  const request = new Request('http://localhost/api/ev-statistics/table', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  })
  const req: PayloadRequest = await createLocalReq({ req: request, user: user ?? undefined }, payload)
  return saveTableEndpoint.handler(req)
}

async function statistics(): Promise<Pick<EvStatistic, 'year' | 'bev' | 'phev' | 'source' | 'notes'>[]> {
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    where: { country: { equals: country.id } },
    sort: 'year',
    depth: 0,
    pagination: false,
  })
  return docs.map(({ year, bev, phev, source, notes }) => ({ year, bev, phev, source, notes }))
}

async function versionsOf(year: number): Promise<EvStatistic[]> {
  const { docs } = await payload.findVersions({
    collection: 'ev-statistics',
    where: { and: [{ 'version.country': { equals: country.id } }, { 'version.year': { equals: year } }] },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
  })
  return docs.map((doc) => doc.version)
}

describe('POST /api/ev-statistics/table', () => {
  it('corrects two values and adds a year in one save, leaving the other cells as they were', async () => {
    const response = await post({
      country: country.id,
      rows: [
        { year: '2017', bev: '2,800' },
        { year: '2018', phev: '9704' },
        { year: '2019', bev: '5000', phev: '', hev: '1 200', totalNewCars: '', source: ' Statbel ' },
      ],
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ created: 1, updated: 2, unchanged: 0 })
    expect(await statistics()).toEqual([
      { year: 2017, bev: 2800, phev: 100, source: 'FEBIAC', notes: 'kept' },
      { year: 2018, bev: 3733, phev: 9704, source: 'FEBIAC', notes: 'kept' },
      { year: 2019, bev: 5000, phev: null, source: 'Statbel', notes: null },
    ])
  })

  it('leaves a version of each save, with the source and notes of that moment', async () => {
    const versions = await versionsOf(2017)
    expect(versions.map(({ bev, source, notes }) => ({ bev, source, notes }))).toEqual([
      { bev: 2705, source: 'FEBIAC', notes: 'kept' },
      { bev: 2800, source: 'FEBIAC', notes: 'kept' },
    ])
  })

  it('writes nothing and no version for rows whose values did not change', async () => {
    const response = await post({ country: country.id, rows: [{ year: '2017', bev: '2800' }] })
    expect(await response.json()).toEqual({ created: 0, updated: 0, unchanged: 1 })
    expect(await versionsOf(2017)).toHaveLength(2)
  })

  it('refuses an invalid cell with its row, column and message, and writes nothing', async () => {
    const before = await statistics()
    const response = await post({
      country: country.id,
      rows: [
        { year: '2017', bev: '1' },
        { year: '2020', bev: 'lots', hev: '-3' },
        { year: '2017', phev: '2' },
      ],
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [
        { row: 1, field: 'bev', message: 'BEV "lots" is not a number' },
        { row: 1, field: 'hev', message: 'HEV must be at least 0 (got -3)' },
        { row: 2, field: 'year', message: '2017 is already in row 1' },
      ],
    })
    expect(await statistics()).toEqual(before)
  })

  it('rolls back rows already written when the collection refuses a later one', async () => {
    const before = await statistics()
    // Read as of 2100, 2099 passes the table's check; the collection (next year at most) refuses it.
    const result = await saveStatisticsTable(payload, {
      user: editor,
      countryId: country.id,
      rows: [
        { year: '2016', bev: '1' },
        { year: '2099', bev: '1' },
      ],
      now: new Date('2100-01-01'),
    })
    expect(result).toEqual({
      problems: [{ row: 1, field: 'year', message: expect.stringMatching(/at most/) as string }],
    })
    expect(await statistics()).toEqual(before)
    expect(await versionsOf(2016)).toEqual([])
  })

  it('answers 400 for a body it cannot read, 404 for an unknown country, 401 without a session', async () => {
    const unknownCell = await post({ country: country.id, rows: [{ year: '2017', bevv: '1' }] })
    expect(unknownCell.status).toBe(400)
    expect(await unknownCell.json()).toEqual({ errors: [{ message: 'row 1 has an unknown cell "bevv"' }] })
    expect((await post({ rows: [] })).status).toBe(400)
    const missing = await post({
      country: payload.db.defaultIDType === 'number' ? 999_999 : 'f'.repeat(24),
      rows: [{ year: '2017' }],
    })
    expect(missing.status).toBe(404)
    expect((await post({ country: country.id, rows: [{ year: '2017' }] }, null)).status).toBe(401)
  })
})

describe('versions of statistics', () => {
  it('are kept for REST-style updates and CSV imports too', async () => {
    const other = await createCountry(payload)
    const created = await payload.create({
      collection: 'ev-statistics',
      data: { country: other.id, year: 2015, bev: 1 },
      user: editor,
      overrideAccess: false,
    })
    await payload.update({ collection: 'ev-statistics', id: created.id, data: { bev: 2 }, user: editor })
    const csv = `country,year,bev\n${other.isoCode},2015,3\n`
    expect(await importStatisticsCsv(payload, { csv, user: editor })).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    })
    const { docs } = await payload.findVersions({
      collection: 'ev-statistics',
      where: { parent: { equals: created.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((doc) => doc.version.bev)).toEqual([1, 2, 3])
  })

  it('are not readable without a session', async () => {
    await expectDenied(payload.findVersions({ collection: 'ev-statistics', overrideAccess: false }))
  })
})
