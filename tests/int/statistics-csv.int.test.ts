import { createLocalReq, Forbidden, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportCsvEndpoint } from '@/collections/EvStatistics/endpoints/exportCsv'
import { importCsvEndpoint } from '@/collections/EvStatistics/endpoints/importCsv'
import { MAX_CSV_BYTES } from '@/lib/platform/limits'
import { importStatisticsCsv } from '@/lib/data/statistics/importStatisticsCsv'
import type { Country, EvStatistic, User } from '@/payload-types'

import { createCountry, createStatistic } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

type Staff = User & { collection: 'users' }
type Call = { user?: Staff; query?: string; body?: string | Blob | FormData }

const HEADER = 'country,year,bev,phev,hev,total_new_cars,source,notes'

let payload: Payload
let admin: Staff
let editor: Staff
let belgium: Country
let netherlands: Country

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  belgium = await createCountry(payload, { name: 'Belgium', isoCode: 'BE' })
  netherlands = await createCountry(payload, { name: 'The Netherlands', isoCode: 'NL' })
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/** Calls an endpoint handler as Payload's REST router would, with `user` signed in. */
async function call(endpoint: Endpoint, { user, query = '', body }: Call = {}) {
  const request = new Request(`http://localhost/api/ev-statistics/csv${query}`, {
    method: endpoint.method.toUpperCase(),
    body,
    // A form sets its own multipart type, with the boundary.
    headers: body === undefined || body instanceof FormData ? {} : { 'Content-Type': 'text/csv' },
  })
  const req: PayloadRequest = await createLocalReq({ req: request, user }, payload)
  return endpoint.handler(req)
}

function post(csv: string, options: Omit<Call, 'body'> = {}) {
  return call(importCsvEndpoint, { user: editor, ...options, body: csv })
}

async function json(response: Response): Promise<unknown> {
  return response.json()
}

function csvOf(lines: string[]): string {
  return [HEADER, ...lines].join('\n')
}

async function statisticsOf(country: Country): Promise<EvStatistic[]> {
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    where: { country: { equals: country.id } },
    sort: 'year',
    depth: 0,
    pagination: false,
  })
  return docs
}

async function countStatistics(): Promise<number> {
  return (await payload.count({ collection: 'ev-statistics' })).totalDocs
}

describe('POST /api/ev-statistics/csv', () => {
  it('creates new rows and updates existing ones by (country, year), in one go', async () => {
    await createStatistic(payload, { country: belgium.id, year: 2018, bev: 1, phev: 2, source: 'old' })
    const response = await post(
      csvOf([
        'BE,2018,3733,9704,13226,,FEBIAC,',
        'belgium,2019,4000,,,550000,,"two, words"',
        'the-netherlands,2019,60000,20000,,,,',
      ]),
    )
    expect(await json(response)).toEqual({ created: 2, updated: 1, unchanged: 0, dryRun: false })
    expect(response.status).toBe(200)

    const rows = (await statisticsOf(belgium)).map(
      ({ year, bev, phev, hev, totalNewCars, source, notes }) => ({
        year,
        bev,
        phev,
        hev,
        totalNewCars,
        source,
        notes,
      }),
    )
    expect(rows).toEqual([
      { year: 2018, bev: 3733, phev: 9704, hev: 13226, totalNewCars: null, source: 'FEBIAC', notes: null },
      {
        year: 2019,
        bev: 4000,
        phev: null,
        hev: null,
        totalNewCars: 550000,
        source: null,
        notes: 'two, words',
      },
    ])
    expect((await statisticsOf(netherlands)).map((doc) => [doc.year, doc.bev, doc.phev])).toEqual([
      [2019, 60000, 20000],
    ])
  })

  it('leaves columns that are not in the file as they were, and counts unchanged rows', async () => {
    const response = await post('country,year,hev\nBE,2019,77\nBE,2018,13226')
    expect(await json(response)).toEqual({ created: 0, updated: 1, unchanged: 1, dryRun: false })
    const [, year2019] = await statisticsOf(belgium)
    expect(year2019).toMatchObject({ year: 2019, bev: 4000, hev: 77, totalNewCars: 550000 })
  })

  it('writes nothing when one row is invalid and reports every bad line', async () => {
    const before = await countStatistics()
    const beforeBelgium = await statisticsOf(belgium)
    const response = await post(
      csvOf(['BE,2017,5,,,,,', 'BE,2018,-1,,,,,', 'NL,2020,1.5,,,,,', 'BE,2019,1,,,,,']),
    )
    expect(response.status).toBe(400)
    expect(await json(response)).toEqual({
      errors: [
        { line: 3, message: 'bev must be at least 0 (got -1)' },
        { line: 4, message: 'bev must be a whole number (got 1.5)' },
      ],
    })
    expect(await countStatistics()).toBe(before)
    expect(await statisticsOf(belgium)).toEqual(beforeBelgium)
  })

  it('reports unknown countries by line and writes nothing', async () => {
    const before = await countStatistics()
    const response = await post(csvOf(['BE,2010,1,,,,,', 'XX,2010,1,,,,,', 'atlantis,2011,1,,,,,']))
    expect(response.status).toBe(400)
    expect(await json(response)).toEqual({
      errors: [
        { line: 3, message: 'unknown country "XX"' },
        { line: 4, message: 'unknown country "atlantis"' },
      ],
    })
    expect(await countStatistics()).toBe(before)
  })

  it('reports unknown countries together with the other bad lines, so one round of fixes suffices', async () => {
    const response = await post(csvOf(['XX,2010,1,,,,,', 'BE,2010,-1,,,,,']), { query: '?dryRun=1' })
    expect(await json(response)).toEqual({
      errors: [
        { line: 2, message: 'unknown country "XX"' },
        { line: 3, message: 'bev must be at least 0 (got -1)' },
      ],
    })
  })

  it('refuses one country written two ways for the same year', async () => {
    const response = await post(csvOf(['BE,2012,1,,,,,', 'belgium,2012,2,,,,,']))
    expect(await json(response)).toEqual({
      errors: [{ line: 3, message: 'Belgium 2012 appears twice (first on line 2)' }],
    })
  })

  it('only checks and counts on a dry run', async () => {
    const before = await countStatistics()
    const response = await post(csvOf(['BE,2013,1,,,,,', 'BE,2018,1,,,,,']), { query: '?dryRun=1' })
    expect(await json(response)).toEqual({ created: 1, updated: 1, unchanged: 0, dryRun: true })
    expect(await countStatistics()).toBe(before)
    expect((await statisticsOf(belgium)).find((doc) => doc.year === 2018)?.bev).toBe(3733)
  })

  it('rolls back rows already written when the database refuses a later one', async () => {
    const before = await countStatistics()
    // Parsing as of 2100 lets 2099 through; the collection's own validation (next year at most) refuses it.
    const csv = csvOf(['BE,2014,1,,,,,', 'BE,2099,1,,,,,'])
    const result = await importStatisticsCsv(payload, { csv, user: editor, now: new Date('2100-01-01') })
    expect(result).toEqual({
      errors: [{ line: 3, message: expect.stringMatching(/^year: .*at most/) as string }],
    })
    expect(await countStatistics()).toBe(before)
    expect((await statisticsOf(belgium)).some((doc) => doc.year === 2014)).toBe(false)
  })

  it('reads the CSV from the "file" field of a multipart form', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([csvOf(['NL,2015,5,,,,,'])], { type: 'application/vnd.ms-excel' }),
      'stats.csv',
    )
    const response = await call(importCsvEndpoint, { user: admin, body: form })
    expect(await json(response)).toEqual({ created: 1, updated: 0, unchanged: 0, dryRun: false })
  })

  it('refuses a form without a file, a file over 2 MB and text that is not UTF-8', async () => {
    const form = new FormData()
    form.append('other', 'x')
    const noFile = await call(importCsvEndpoint, { user: editor, body: form })
    expect(noFile.status).toBe(400)

    const big = csvOf(['BE,2016,1,,,,"' + 'x'.repeat(MAX_CSV_BYTES) + '"'])
    const tooLarge = await post(big)
    expect(tooLarge.status).toBe(413)
    expect(await json(tooLarge)).toEqual({ errors: [{ message: expect.stringContaining('2 MB') as string }] })

    const latin1 = new Blob([`${HEADER}\nBE,2016,1,,,,,caf`, new Uint8Array([0xe9])])
    const notUtf8 = await call(importCsvEndpoint, { user: editor, body: latin1 })
    expect(notUtf8.status).toBe(400)
    expect(await json(notUtf8)).toEqual({ errors: [{ message: expect.stringContaining('UTF-8') as string }] })
    expect((await statisticsOf(belgium)).some((doc) => doc.year === 2016)).toBe(false)
  })
})

describe('GET /api/ev-statistics/csv', () => {
  it('downloads every row by country name then year, with empty cells for no data', async () => {
    const response = await call(exportCsvEndpoint, { user: editor })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ev-statistics.csv"')
    const text = await response.text()
    const lines = text.split('\r\n')
    expect(lines[0]).toBe(HEADER)
    expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 2).join(' '))).toEqual([
      'BE 2018',
      'BE 2019',
      'NL 2015',
      'NL 2019',
    ])
    expect(lines[1]).toBe('BE,2018,3733,9704,13226,,FEBIAC,')
    expect(lines[2]).toBe('BE,2019,4000,,77,550000,,"two, words"')
  })

  it('round-trips: importing the download changes nothing', async () => {
    const exported = await (await call(exportCsvEndpoint, { user: admin })).text()
    const response = await post(exported)
    expect(await json(response)).toEqual({ created: 0, updated: 0, unchanged: 4, dryRun: false })
    expect(await (await call(exportCsvEndpoint, { user: admin })).text()).toBe(exported)
  })

  it('downloads one country with ?country=<slug>, and 404 for an unknown slug', async () => {
    const response = await call(exportCsvEndpoint, { user: editor, query: '?country=the-netherlands' })
    expect(response.headers.get('content-disposition')).toContain('ev-statistics-the-netherlands.csv')
    expect((await response.text()).split('\r\n').slice(1, -1)).toEqual([
      'NL,2015,5,,,,,',
      'NL,2019,60000,20000,,,,',
    ])
    const unknown = await call(exportCsvEndpoint, { user: editor, query: '?country=atlantis' })
    expect(unknown.status).toBe(404)
  })
})

describe('access', () => {
  it.each([
    ['GET', exportCsvEndpoint],
    ['POST', importCsvEndpoint],
  ])('anonymous %s is refused with 401', async (_method, endpoint) => {
    const before = await countStatistics()
    const response = await call(endpoint, {
      body: endpoint.method === 'post' ? csvOf(['BE,2005,1,,,,,']) : undefined,
    })
    expect(response.status).toBe(401)
    expect(await countStatistics()).toBe(before)
  })

  it.each([
    ['GET', exportCsvEndpoint],
    ['POST', importCsvEndpoint],
  ])('a signed-in user without a staff role: %s is refused with 403', async (_method, endpoint) => {
    const nobody = { ...editor, roles: [] }
    const response = await call(endpoint, {
      user: nobody,
      body: endpoint.method === 'post' ? csvOf(['BE,2005,1,,,,,']) : undefined,
    })
    expect(response.status).toBe(403)
  })

  it('applies access rules to the writes themselves', async () => {
    const nobody = { ...editor, roles: [] }
    const before = await countStatistics()
    await expect(
      importStatisticsCsv(payload, { csv: csvOf(['BE,2005,1,,,,,']), user: nobody }),
    ).rejects.toThrow(Forbidden)
    expect(await countStatistics()).toBe(before)
  })

  it('lets editors import', async () => {
    const response = await post(csvOf(['NL,2005,1,,,,,']), { user: editor })
    expect(response.status).toBe(200)
  })
})
