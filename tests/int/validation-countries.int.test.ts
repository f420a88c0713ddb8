import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { expectFieldError } from './helpers/errors'
import { createCountry, createTask, nextIsoCode } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'
import { createPublication } from './helpers/publications'

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
  chartDescription?: string
  chapter?: { publication?: number; startPage?: number | null }
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
      data: { name: 'Steady Land', chapter: { startPage: null } },
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

describe('countries: chapter', () => {
  it('accepts a publication and its start page', async () => {
    const publication = await createPublication(payload)
    const country = await createAsEditor({
      name: 'Chapterland',
      isoCode: nextIsoCode(),
      chapter: { publication: publication.id, startPage: 107 },
    })
    expect(country.chapter).toMatchObject({ startPage: 107 })
  })

  it('refuses a page without a publication', async () => {
    await expectFieldError(
      createAsEditor({ name: 'Pageland', isoCode: nextIsoCode(), chapter: { startPage: 3 } }),
      'chapter.startPage',
      /Choose the publication/,
    )
  })

  it.each([0, 2.5])('refuses page %j', async (startPage) => {
    const publication = await createPublication(payload)
    await expectFieldError(
      createAsEditor({
        name: `Page ${startPage}`,
        isoCode: nextIsoCode(),
        chapter: { publication: publication.id, startPage },
      }),
      'chapter.startPage',
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
