import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { readRelease, readReleaseSummaries } from '@/lib/data/readers/releases'
import { diffReleases } from '@/lib/domain/open-data/releaseDiff'
import { readReleaseSnapshot } from '@/lib/domain/open-data/releaseSnapshot'

import { expectDenied, expectFieldError } from './helpers/errors'
import { createCountry, createStatistic } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

// Outside a Next.js server there is no data cache: the readers run their queries directly.
vi.mock('@/lib/data/readers/cached', () => ({
  cachedReader: <Args extends unknown[], Result>(
    _name: string,
    _tags: unknown,
    read: (...args: Args) => Result,
  ) => read,
}))

let payload: Payload
let admin: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await shutdownPayload(payload)
})

const publish = (version: string, notes = '') =>
  payload.create({
    collection: 'data-releases',
    data: { version, notes },
    user: admin,
    overrideAccess: false,
  })

const releaseCount = async () => (await payload.count({ collection: 'data-releases' })).totalDocs

async function filesOf(version: string) {
  const release = await readRelease(payload, version)
  if (!release) throw new Error(`No release ${version}`)
  return release.files
}

describe('a data release', () => {
  it('freezes the published data byte for byte: later edits, new years and a licence change leave it as it was', async () => {
    const country = await createCountry(payload, { name: 'Releaseland' })
    const statistic = await createStatistic(payload, {
      country: country.id,
      year: 2018,
      bev: 3733,
      totalNewCars: 100_000,
    })
    await publish('2026.1', 'First release')
    const frozen = await filesOf('2026.1')
    expect(frozen.csv).toContain('Releaseland,')
    expect(frozen.csv).toContain(',2018,3733,')
    expect(JSON.parse(frozen.dataPackage)).toMatchObject({ version: '2026.1' })
    expect(JSON.parse(frozen.json)).toMatchObject({ version: '2026.1' })

    await payload.update({
      collection: 'ev-statistics',
      id: statistic.id,
      data: { bev: 3800 },
      user: editor,
      overrideAccess: false,
    })
    await createStatistic(payload, { country: country.id, year: 2019, bev: 5000 })
    await payload.updateGlobal({
      slug: 'open-data',
      data: { licenceName: 'ODbL 1.0' },
      user: editor,
      overrideAccess: false,
    })

    expect(await filesOf('2026.1')).toEqual(frozen)
    await publish('2026.2')
    const next = await filesOf('2026.2')
    expect(next.csv).toContain(',2018,3800,')
    const changes = diffReleases(readReleaseSnapshot(frozen.json), readReleaseSnapshot(next.json))
    expect(changes.revised).toContainEqual(
      expect.objectContaining({ name: 'Releaseland', year: 2018, figure: 'bev', from: 3733, to: 3800 }),
    )
    expect(changes.yearsAdded).toContainEqual(expect.objectContaining({ name: 'Releaseland', year: 2019 }))
    expect((await readReleaseSummaries(payload)).map((release) => release.version).slice(0, 2)).toEqual([
      '2026.2',
      '2026.1',
    ])
  })

  it('never contains an unpublished country or its statistics', async () => {
    const hidden = await createCountry(payload, { name: 'Draftonia', _status: 'draft' })
    await createStatistic(payload, { country: hidden.id, year: 2017, bev: 123_456 })
    await publish('2026.3')
    const files = await filesOf('2026.3')
    for (const text of Object.values(files)) {
      expect(text).not.toContain('Draftonia')
      expect(text).not.toContain('123456')
    }
  })

  it('ignores frozen files a client sends and stores its own', async () => {
    await payload.create({
      collection: 'data-releases',
      data: { version: '2026.4', csv: 'forged', json: '{}', dataPackage: '{}' },
      user: admin,
      overrideAccess: false,
    })
    const files = await filesOf('2026.4')
    expect(files.csv.startsWith('country,iso_code,year,bev,phev,hev,total_new_cars,')).toBe(true)
    expect(JSON.parse(files.dataPackage)).toMatchObject({ version: '2026.4' })
  })

  it('refuses a duplicate, malformed or older version with a message naming it, and saves nothing', async () => {
    const before = await releaseCount()
    for (const [version, message] of [
      ['2026.1', /exists already/],
      ['2026', /not a release version/],
      ['2026.01', /not a release version/],
      ['latest', /not a release version/],
      ['2025.9', /before the newest release/],
    ] as const) {
      await expectFieldError(publish(version), 'version', message)
    }
    expect(await releaseCount()).toBe(before)
  })

  it('can be published by admins only, and never edited or deleted by anyone', async () => {
    const before = await releaseCount()
    await expectDenied(
      payload.create({
        collection: 'data-releases',
        data: { version: '2027.1' },
        user: editor,
        overrideAccess: false,
      }),
    )
    await expectDenied(
      payload.create({ collection: 'data-releases', data: { version: '2027.1' }, overrideAccess: false }),
    )
    expect(await releaseCount()).toBe(before)
    const { docs } = await payload.find({
      collection: 'data-releases',
      where: { version: { equals: '2026.1' } },
    })
    const release = docs[0]
    if (!release) throw new Error('release 2026.1 is missing')
    const frozen = await filesOf('2026.1')
    const edit = payload.update({
      collection: 'data-releases',
      id: release.id,
      data: { notes: 'changed' },
      user: admin,
      overrideAccess: false,
    })
    await expectDenied(edit)
    await expect(edit).rejects.toThrow(/frozen/)
    await expectDenied(
      payload.delete({ collection: 'data-releases', id: release.id, user: admin, overrideAccess: false }),
    )
    expect(await filesOf('2026.1')).toEqual(frozen)
    expect((await readRelease(payload, '2026.1'))?.notes).toBe('First release')
  })
})
