import type * as NextServer from 'next/server'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET as getCountryJson } from '@/app/(frontend)/countries/[slug]/ev-statistics.json/route'
import { GET as getAllCsv } from '@/app/(frontend)/ev-statistics.csv/route'
import { GET as getAllJson } from '@/app/(frontend)/ev-statistics.json/route'
import { GET as getDataPackage } from '@/app/(frontend)/data/datapackage.json/route'
import { GET as getReleaseFile } from '@/app/(frontend)/data/releases/[version]/[file]/route'
import { GET as getFeed } from '@/app/(frontend)/data/updates.atom/route'
import { readDataUpdates } from '@/lib/data/readers/dataUpdates'

import { createCountry, createStatistic } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

// Outside a Next.js server there is no data cache and no request: readers query directly and
// the routes need no connection.
vi.mock('@/lib/data/readers/cached', () => ({
  cachedReader: <Args extends unknown[], Result>(
    _name: string,
    _tags: unknown,
    read: (...args: Args) => Result,
  ) => read,
}))
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  connection: () => Promise.resolve(),
}))

let payload: Payload
let admin: Awaited<ReturnType<typeof createUser>>
const request = new Request('http://localhost/')
const params = <T>(value: T) => ({ params: Promise.resolve(value) })

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, 'admin')
})
afterAll(async () => {
  await shutdownPayload(payload)
})

type Json = {
  countries: { name: string; rows: { year: number; bev: number | null; phev: number | null }[] }[]
}

describe('the open data downloads', () => {
  it('give no data as null and never contain a draft or unpublished country, in files, releases or the feed', async () => {
    const shown = await createCountry(payload, { name: 'Openland' })
    await createStatistic(payload, { country: shown.id, year: 2018, bev: 3733, phev: null })
    const draft = await createCountry(payload, { name: 'Draftonia', _status: 'draft' })
    await createStatistic(payload, { country: draft.id, year: 2017, bev: 424_242 })
    // Published once, then unpublished: its figures leave every download with it.
    const withdrawn = await createCountry(payload, { name: 'Withdrawnia' })
    const secret = await createStatistic(payload, { country: withdrawn.id, year: 2016, bev: 515_151 })
    await payload.update({
      collection: 'ev-statistics',
      id: secret.id,
      data: { bev: 525_252 },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'countries',
      id: withdrawn.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'data-releases',
      data: { version: '2099.1' },
      user: admin,
      overrideAccess: false,
    })

    const json = (await (await getAllJson()).json()) as Json
    expect(json.countries.find((country) => country.name === 'Openland')?.rows).toEqual([
      expect.objectContaining({ year: 2018, bev: 3733, phev: null }),
    ])
    const texts = [
      JSON.stringify(json),
      await (await getAllCsv()).text(),
      await (await getDataPackage()).text(),
      await (await getFeed()).text(),
      ...(await Promise.all(
        ['ev-statistics.csv', 'ev-statistics.json', 'datapackage.json'].map(async (file) => {
          const response = await getReleaseFile(request, params({ version: '2099.1', file }))
          expect(response.status).toBe(200)
          return response.text()
        }),
      )),
    ]
    for (const text of texts) {
      for (const hidden of ['Draftonia', 'Withdrawnia', '424242', '515151', '525252'])
        expect(text).not.toContain(hidden)
    }
    expect(texts[3]).toContain('<title>Openland: 2018 added: BEV 3,733</title>')
    for (const slug of [draft.slug, withdrawn.slug]) {
      expect((await getCountryJson(request, params({ slug: slug ?? '' }))).status).toBe(404)
    }
    const updates = await readDataUpdates(payload)
    expect(updates.map((update) => update.countryId)).not.toContain(String(withdrawn.id))
    expect(updates.map((update) => update.countryId)).not.toContain(String(draft.id))
  })

  it('serves a country file like the all-countries one, and answers bad release addresses with a reason', async () => {
    const country = await createCountry(payload, { name: 'Singleland' })
    await createStatistic(payload, { country: country.id, year: 2020, bev: 7, hev: null })
    const response = await getCountryJson(request, params({ slug: country.slug ?? '' }))
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('surrogate-key')).toContain('ev-statistics')
    const body = (await response.json()) as Json
    expect(body.countries).toEqual([
      expect.objectContaining({
        name: 'Singleland',
        rows: [expect.objectContaining({ year: 2020, bev: 7, hev: null })],
      }),
    ])

    const malformed = await getReleaseFile(request, params({ version: '2099.01', file: 'ev-statistics.csv' }))
    expect(malformed.status).toBe(400)
    expect(await malformed.text()).toMatch(/not a release version/)
    const unknown = await getReleaseFile(request, params({ version: '2098.1', file: 'ev-statistics.csv' }))
    expect(unknown.status).toBe(404)
    expect((await getReleaseFile(request, params({ version: '2099.1', file: 'secrets.txt' }))).status).toBe(
      404,
    )
    const latest = await getReleaseFile(request, params({ version: 'latest', file: 'datapackage.json' }))
    expect(latest.status).toBe(307)
    expect(latest.headers.get('location')).toBe('/data/releases/2099.1/datapackage.json')
  })
})
