import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { expectFieldError } from './helpers/errors'
import { createCountry, createMedia, createTask, nextIsoCode } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

let payload: Payload
let editor: User & { collection: 'users' }

beforeAll(async () => {
  payload = await bootPayload()
  await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/** Creates a country the way an editor would, with access control applied. */
function createAsEditor(data: {
  name: string
  isoCode: string
  slug?: string
  reportUrl?: string
  chartDescription?: string
}) {
  return payload.create({ collection: 'countries', data, overrideAccess: false, user: editor })
}

describe('countries: name', () => {
  it.each(['', '   ', '\u200B\u200D'])('is required: %j is refused', async (name) => {
    await expectFieldError(createAsEditor({ name, isoCode: nextIsoCode() }), 'name', /required/)
  })

  it('is trimmed and loses zero-width characters', async () => {
    const country = await createAsEditor({ name: '  \u200BBel\u200Dgium\uFEFF  ', isoCode: 'BE' })
    expect(country.name).toBe('Belgium')
  })

  it('is unique', async () => {
    await createAsEditor({ name: 'Unique Land', isoCode: nextIsoCode() })
    await expectFieldError(
      createAsEditor({ name: 'Unique Land', isoCode: nextIsoCode() }),
      'name',
      /already exists/,
    )
  })

  it('counts as a duplicate after cleaning', async () => {
    await createAsEditor({ name: 'Clean Land', isoCode: nextIsoCode() })
    await expectFieldError(
      createAsEditor({ name: ' Clean\u200B Land ', isoCode: nextIsoCode() }),
      'name',
      /already exists/,
    )
  })

  it('is unique even when the slug differs', async () => {
    await createAsEditor({ name: 'Slugged Land', isoCode: nextIsoCode() })
    await expectFieldError(
      createAsEditor({ name: 'Slugged Land', isoCode: nextIsoCode(), slug: 'other-slug' }),
      'name',
    )
  })

  it('may be kept when the country is updated', async () => {
    const country = await createAsEditor({ name: 'Steady Land', isoCode: nextIsoCode() })
    const updated = await payload.update({
      collection: 'countries',
      id: country.id,
      data: { name: 'Steady Land', reportUrl: 'https://example.org/steady.pdf' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.name).toBe('Steady Land')
  })
})

describe('countries: slug', () => {
  it('is generated from the name', async () => {
    const country = await createAsEditor({ name: 'The Netherlands', isoCode: 'NL' })
    expect(country.slug).toBe('the-netherlands')
  })

  it('is editable', async () => {
    const country = await createCountry(payload, { name: 'Federal Republic of Germany', isoCode: 'DE' })
    const updated = await payload.update({
      collection: 'countries',
      id: country.id,
      data: { slug: 'germany' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.slug).toBe('germany')
  })

  it('keeps a slug given on create', async () => {
    const country = await createAsEditor({ name: 'République française', isoCode: 'FR', slug: 'france' })
    expect(country.slug).toBe('france')
  })

  it.each(['Not A Slug', 'double--hyphen', '-leading', 'ümlaut', 'under_score'])(
    'refuses the invalid slug %j',
    async (slug) => {
      await expectFieldError(
        createAsEditor({ name: `Slug test ${slug}`, isoCode: nextIsoCode(), slug }),
        'slug',
        /lowercase/,
      )
    },
  )

  it('is unique', async () => {
    await createAsEditor({ name: 'Slug Owner', isoCode: nextIsoCode(), slug: 'taken-slug' })
    await expectFieldError(
      createAsEditor({ name: 'Slug Thief', isoCode: nextIsoCode(), slug: 'taken-slug' }),
      'slug',
    )
  })
})

describe('countries: isoCode', () => {
  it('is stored upper case', async () => {
    const code = nextIsoCode()
    const country = await createAsEditor({ name: 'Lower Code Land', isoCode: ` ${code.toLowerCase()} ` })
    expect(country.isoCode).toBe(code)
  })

  it.each(['XX', 'BEL', '1', 'B', ''])('refuses %j', async (isoCode) => {
    await expectFieldError(createAsEditor({ name: `Code test ${isoCode}`, isoCode }), 'isoCode')
  })

  it('is unique, whatever the case it is typed in', async () => {
    const code = nextIsoCode()
    await createAsEditor({ name: 'First Code Holder', isoCode: code })
    await expectFieldError(
      createAsEditor({ name: 'Second Code Holder', isoCode: code.toLowerCase() }),
      'isoCode',
    )
  })
})

describe('countries: reportUrl', () => {
  it.each(['https://example.org/report.pdf', 'http://example.org/r'])('accepts %j', async (reportUrl) => {
    const country = await createAsEditor({ name: `Report ${reportUrl}`, isoCode: nextIsoCode(), reportUrl })
    expect(country.reportUrl).toBe(reportUrl)
  })

  it.each(['javascript:alert(1)', '/relative', 'ftp://x', 'example.org/report.pdf'])(
    'refuses %j',
    async (reportUrl) => {
      await expectFieldError(
        createAsEditor({ name: `Report ${reportUrl}`, isoCode: nextIsoCode(), reportUrl }),
        'reportUrl',
        /absolute http/,
      )
    },
  )
})

describe('countries: report upload', () => {
  it('accepts a PDF', async () => {
    const pdf = await createMedia(payload, 'pdf')
    const country = await createCountry(payload)
    const updated = await payload.update({
      collection: 'countries',
      id: country.id,
      data: { report: pdf.id },
      overrideAccess: false,
      user: editor,
      depth: 0,
    })
    expect(updated.report).toBe(pdf.id)
  })

  it('refuses an image', async () => {
    const png = await createMedia(payload, 'png')
    const country = await createCountry(payload)
    await expectFieldError(
      payload.update({
        collection: 'countries',
        id: country.id,
        data: { report: png.id },
        overrideAccess: false,
        user: editor,
      }),
      'report',
    )
  })
})

describe('countries: task lists', () => {
  it('accept different tasks as ongoing and completed', async () => {
    const [ongoing, completed] = [
      await createTask(payload),
      await createTask(payload, { status: 'completed' }),
    ]
    const country = await createCountry(payload, {
      ongoingTasks: [ongoing.id],
      completedTasks: [completed.id],
    })
    expect(country.ongoingTasks).toHaveLength(1)
    expect(country.completedTasks).toHaveLength(1)
  })

  it('refuse a task that is both ongoing and completed', async () => {
    const task = await createTask(payload)
    await expectFieldError(
      payload.create({
        collection: 'countries',
        data: {
          name: 'Both Lists Land',
          isoCode: nextIsoCode(),
          ongoingTasks: [task.id],
          completedTasks: [task.id],
        },
        overrideAccess: false,
        user: editor,
      }),
      'completedTasks',
      /both ongoing and completed/,
    )
  })
})

describe('countries: chartDescription', () => {
  it('is trimmed and loses zero-width characters', async () => {
    const country = await createAsEditor({
      name: 'Described Land',
      isoCode: nextIsoCode(),
      chartDescription: '  The bonus\u200B began in 2019.  ',
    })
    expect(country.chartDescription).toBe('The bonus began in 2019.')
  })

  it('is refused past 500 characters, and nothing is written', async () => {
    await expectFieldError(
      createAsEditor({ name: 'Wordy Land', isoCode: nextIsoCode(), chartDescription: 'x'.repeat(501) }),
      'chartDescription',
      /500/,
    )
    const { totalDocs } = await payload.count({
      collection: 'countries',
      where: { name: { equals: 'Wordy Land' } },
    })
    expect(totalDocs).toBe(0)
  })
})
