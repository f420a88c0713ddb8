import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, User } from '@/payload-types'

import { expectFieldError } from './helpers/errors'
import { createCountry, createStatistic } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

type StatisticData = RequiredDataFromCollectionSlug<'ev-statistics'>

let payload: Payload
let editor: User & { collection: 'users' }
let belgium: Country
const nextYear = new Date().getFullYear() + 1

beforeAll(async () => {
  payload = await bootPayload()
  await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  belgium = await createCountry(payload, { name: 'Belgium', isoCode: 'BE' })
})
afterAll(async () => {
  await shutdownPayload(payload)
})

function createAsEditor(data: StatisticData) {
  return payload.create({ collection: 'ev-statistics', data, overrideAccess: false, user: editor, depth: 0 })
}

/** Data for a year on a fresh country, so that the (country, year) rule never interferes. */
async function freshData(overrides: Partial<StatisticData> = {}): Promise<StatisticData> {
  const country = await createCountry(payload)
  return { country: country.id, year: 2015, ...overrides }
}

describe('ev-statistics: country and year', () => {
  it('requires a country', async () => {
    await expectFieldError(createAsEditor({ year: 2015 } as StatisticData), 'country')
  })

  it('requires a year', async () => {
    const data = await freshData()
    await expectFieldError(createAsEditor({ country: data.country } as StatisticData), 'year', /required/)
  })

  it.each([1990, nextYear])('accepts the year %i', async (year) => {
    const doc = await createAsEditor(await freshData({ year }))
    expect(doc.year).toBe(year)
  })

  it.each([
    [1989, /at least 1990/],
    [nextYear + 1, new RegExp(`at most ${nextYear}`)],
    [2018.5, /whole number/],
  ])('refuses the year %s', async (year, message) => {
    await expectFieldError(createAsEditor(await freshData({ year })), 'year', message)
  })
})

describe('ev-statistics: counts', () => {
  const counts = ['bev', 'phev', 'hev', 'totalNewCars'] as const

  it.each(counts)('%s left empty stays null, not 0', async (field) => {
    const doc = await createAsEditor(await freshData())
    expect(doc[field]).toBeNull()
    const read = await payload.findByID({ collection: 'ev-statistics', id: doc.id, depth: 0 })
    expect(read[field]).toBeNull()
  })

  it.each(counts)('%s set to null explicitly stays null', async (field) => {
    const doc = await createAsEditor(await freshData({ [field]: null }))
    expect(doc[field]).toBeNull()
  })

  it.each(counts)('%s of 0 stays 0', async (field) => {
    const doc = await createAsEditor(await freshData({ [field]: 0 }))
    const read = await payload.findByID({ collection: 'ev-statistics', id: doc.id, depth: 0 })
    expect(read[field]).toBe(0)
  })

  it.each(counts)('%s keeps a large whole number', async (field) => {
    const doc = await createAsEditor(await freshData({ [field]: 2_345_678 }))
    expect(doc[field]).toBe(2_345_678)
  })

  it.each(
    counts.flatMap(
      (field) =>
        [
          [field, -1],
          [field, 1.5],
        ] as const,
    ),
  )('%s refuses %s', async (field, value) => {
    await expectFieldError(
      createAsEditor(await freshData({ [field]: value })),
      field,
      value < 0 ? /at least 0/ : /whole number/,
    )
  })

  it('clearing a count on update stores null', async () => {
    const doc = await createAsEditor(await freshData({ bev: 12 }))
    const updated = await payload.update({
      collection: 'ev-statistics',
      id: doc.id,
      data: { bev: null },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.bev).toBeNull()
  })
})

describe('ev-statistics: one document per country and year', () => {
  it('refuses a second document for the same country and year, naming both', async () => {
    await createStatistic(payload, { country: belgium.id, year: 2018 })
    await expectFieldError(
      createAsEditor({ country: belgium.id, year: 2018, bev: 1 }),
      'year',
      /^Belgium already has statistics for 2018\.?$/,
    )
  })

  it('refuses moving another document onto a taken year', async () => {
    await createStatistic(payload, { country: belgium.id, year: 2019 })
    const other = await createStatistic(payload, { country: belgium.id, year: 2020 })
    await expectFieldError(
      payload.update({
        collection: 'ev-statistics',
        id: other.id,
        data: { year: 2019 },
        overrideAccess: false,
        user: editor,
      }),
      'year',
      /Belgium already has statistics for 2019/,
    )
  })

  it('allows updating a document that keeps its own year', async () => {
    const doc = await createStatistic(payload, { country: belgium.id, year: 2021, bev: 5 })
    const updated = await payload.update({
      collection: 'ev-statistics',
      id: doc.id,
      data: { year: 2021, bev: 6 },
      overrideAccess: false,
      user: editor,
    })
    expect(updated).toMatchObject({ year: 2021, bev: 6 })
  })

  it('allows the same year for a different country', async () => {
    await createStatistic(payload, { country: belgium.id, year: 2022 })
    const netherlands = await createCountry(payload, { name: 'Netherlands', isoCode: 'NL' })
    const doc = await createAsEditor({ country: netherlands.id, year: 2022, bev: 3 })
    expect(doc.year).toBe(2022)
  })
})
