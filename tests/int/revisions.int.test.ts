import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { readDataUpdates } from '@/lib/data/readers/dataUpdates'
import type { EvStatistic } from '@/payload-types'

import { createCountry, createStatistic } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

vi.mock('@/lib/data/readers/cached', () => ({
  cachedReader: <Args extends unknown[], Result>(
    _name: string,
    _tags: unknown,
    read: (...args: Args) => Result,
  ) => read,
}))

let payload: Payload
let editor: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  payload = await bootPayload()
  editor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/** Saves a statistic as the editor, as the admin's edit screen and the REST API do. */
const save = (statistic: EvStatistic, data: Partial<EvStatistic>) =>
  payload.update({ collection: 'ev-statistics', id: statistic.id, data, user: editor, overrideAccess: false })

const revisionsOf = async (countryId: number | string) =>
  (await readDataUpdates(payload, countryId)).filter((update) => update.kind === 'revision')

describe('the revision history of figures', () => {
  it('records a revised figure with its old and new value, date, source and note', async () => {
    const country = await createCountry(payload)
    const statistic = await createStatistic(payload, {
      country: country.id,
      year: 2018,
      bev: 3733,
      source: 'ACEA',
    })
    const before = new Date().toISOString()
    await save(statistic, { bev: 3800, source: 'national registry', changeNote: 'Corrected by the registry' })
    const [revision, ...others] = await revisionsOf(country.id)
    expect(others).toEqual([])
    expect(revision).toMatchObject({
      year: 2018,
      source: 'national registry',
      note: 'Corrected by the registry',
      changes: [{ figure: 'bev', label: 'BEV', from: 3733, to: 3800 }],
    })
    expect(revision?.date && revision.date >= before).toBe(true)
    // The year itself was added once, when it was created.
    const added = (await readDataUpdates(payload, country.id)).filter((update) => update.kind === 'new-year')
    expect(added.map((update) => update.year)).toEqual([2018])
  })

  it('leaves out a change marked editorial, and the mark belongs to that change only', async () => {
    const country = await createCountry(payload)
    const statistic = await createStatistic(payload, { country: country.id, year: 2016, phev: 1200 })
    const typoFixed = await save(statistic, { phev: 1020, isEditorialChange: true, changeNote: 'Typo' })
    // The document itself no longer carries the mark: the next save starts without it.
    expect(typoFixed.isEditorialChange).toBe(false)
    expect(typoFixed.changeNote ?? null).toBeNull()
    expect(await revisionsOf(country.id)).toEqual([])
    const stored = await payload.findByID({
      collection: 'ev-statistics',
      id: statistic.id,
      user: editor,
      overrideAccess: false,
    })
    expect(stored.isEditorialChange).toBe(false)
    expect(stored.phev).toBe(1020)

    await save(stored, { phev: 1100 })
    const revisions = await revisionsOf(country.id)
    expect(revisions.map((revision) => revision.changes)).toEqual([
      [{ figure: 'phev', label: 'PHEV', from: 1020, to: 1100 }],
    ])
  })

  it('lists nothing for a save that changes no figure, and nothing of an unpublished country', async () => {
    const country = await createCountry(payload)
    const statistic = await createStatistic(payload, { country: country.id, year: 2015, hev: 10 })
    await save(statistic, { source: 'Corrected source name' })
    expect(await revisionsOf(country.id)).toEqual([])

    const hidden = await createCountry(payload, { _status: 'draft' })
    const secret = await createStatistic(payload, { country: hidden.id, year: 2015, hev: 10 })
    await save(secret, { hev: 11 })
    expect(await readDataUpdates(payload, hidden.id)).toEqual([])
    const everywhere = await readDataUpdates(payload)
    expect(everywhere.some((update) => update.countryId === String(hidden.id))).toBe(false)
  })

  it('does not let visitors read the note or the mark', async () => {
    const country = await createCountry(payload)
    const statistic = await createStatistic(payload, { country: country.id, year: 2014, bev: 1 })
    const read = await payload.findByID({
      collection: 'ev-statistics',
      id: statistic.id,
      overrideAccess: false,
    })
    expect(read).not.toHaveProperty('changeNote')
    expect(read).not.toHaveProperty('isEditorialChange')
  })
})
