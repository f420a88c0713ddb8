import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { NO_FILE_MESSAGE } from '@/collections/Publications/validatePublication'
import { findExtracts } from '@/lib/data/publications/extracts'
import { searchSite } from '@/lib/data/readers/search'

import { rest } from './helpers/api'
import { expectFieldError } from './helpers/errors'
import { buildPng, toUpload } from './helpers/files'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { createPublication, runPdfJobs } from './helpers/publications'

// Outside a Next.js server there is no data cache: the readers run their queries directly.
vi.mock('@/lib/data/readers/cached', () => ({
  cachedReader: <Args extends unknown[], Result>(
    _name: string,
    _tags: unknown,
    read: (...args: Args) => Result,
  ) => read,
}))

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

describe('a publication’s PDF', () => {
  it('is read in the background: a word only inside the PDF finds it, on its page', async () => {
    const publication = await createPublication(payload, {
      title: 'Annual Report 2030',
      pages: [['Cover'], ['Introduction'], ['Charging corridors with Zephyrquartz cables']],
    })
    // Saved before anything was read: the save did not wait for the PDF.
    expect((await searchSite(['zephyrquartz'])).publications.total).toBe(0)

    await runPdfJobs(payload)

    const extract = (await findExtracts(payload, [publication.filename ?? ''])).get(
      publication.filename ?? '',
    )
    expect(extract).toMatchObject({ status: 'done', pageCount: 3, hasText: true, hasThumbnail: true })
    const { publications } = await searchSite(['zephyrquartz'])
    expect(publications.hits).toEqual([
      expect.objectContaining({
        title: 'Annual Report 2030',
        page: { number: 3, href: `/api/publications/file/${publication.filename}#page=3` },
      }),
    ])
    expect(publications.hits[0]?.snippet).toContain('Zephyrquartz')
  })

  it('without a text layer is found by its title and description, and says so', async () => {
    const publication = await createPublication(payload, {
      title: 'Scanned brochure',
      description: 'Photographs of quokkamobile prototypes.',
      type: 'brochure',
      pages: [[]],
    })
    await runPdfJobs(payload)
    const extract = (await findExtracts(payload, [publication.filename ?? ''])).get(
      publication.filename ?? '',
    )
    expect(extract).toMatchObject({ status: 'done', pageCount: 1, hasText: false })
    const { publications } = await searchSite(['quokkamobile'])
    expect(publications.hits).toEqual([expect.objectContaining({ title: 'Scanned brochure', page: null })])
  })

  it('must be a PDF by its content, whatever its name says', async () => {
    await expect(
      payload.create({
        collection: 'publications',
        data: { title: 'Not a PDF', type: 'other', year: 2020 },
        file: toUpload(buildPng(), 'application/pdf', 'disguised.pdf'),
        draft: true,
        overrideAccess: true,
      }),
    ).rejects.toThrow(/invalid|not allowed|mime/i)
  })
})

describe('publishing', () => {
  it('is refused without a PDF, with a message naming it; a draft may wait for its file', async () => {
    const draft = await createPublication(payload, { _status: 'draft', pages: null })
    expect(draft._status).toBe('draft')
    await expectFieldError(
      payload.update({
        collection: 'publications',
        id: draft.id,
        data: { _status: 'published' },
        overrideAccess: true,
      }),
      'file',
      new RegExp(NO_FILE_MESSAGE.slice(0, 40)),
    )
    const stored = await payload.findByID({ collection: 'publications', id: draft.id, draft: false })
    expect(stored._status).toBe('draft')
  })
})

describe('the file of a draft', () => {
  it('is refused to anonymous visitors and served to editors; published, it is served to everyone', async () => {
    const draft = await createPublication(payload, { _status: 'draft', title: 'Unreleased report' })
    const path = `/api/publications/file/${draft.filename}`
    expect((await rest('GET', path)).status).toBe(403)

    await payload.update({
      collection: 'publications',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const published = await rest('GET', path)
    expect(published.status).toBe(200)
    expect(published.text.startsWith('%PDF-')).toBe(true)
  })
})
