import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, User } from '@/payload-types'

import { expectFieldError } from './helpers/errors'
import { createCountry, createPolicyArticle, createTask, nextUnique } from './helpers/factories'
import { richTextWithLink } from './helpers/lexical'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

let payload: Payload
let editor: User & { collection: 'users' }
let country: Country

beforeAll(async () => {
  payload = await bootPayload()
  await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  country = await createCountry(payload)
})
afterAll(async () => {
  await shutdownPayload(payload)
})

const asEditor = () => ({ overrideAccess: false, user: editor }) as const

describe('contacts', () => {
  const createContact = (data: Partial<RequiredDataFromCollectionSlug<'contacts'>>) =>
    payload.create({
      collection: 'contacts',
      data: { name: `Contact ${nextUnique()}`, ...data },
      ...asEditor(),
    })

  it('stores a valid e-mail address in lower case', async () => {
    const contact = await createContact({ email: ' Ada.Lovelace@Example.ORG ' })
    expect(contact.email).toBe('ada.lovelace@example.org')
  })

  it.each(['not-an-email', 'a@b', 'a b@c.de', 'a@b@c.de', '<a@c.de>'])(
    'refuses the e-mail %j',
    async (email) => {
      await expectFieldError(createContact({ email }), 'email', /not a valid e-mail/)
    },
  )

  it.each(['delegate', 'alternate-delegate', 'task-operating-agent', 'other'] as const)(
    'accepts the role %s',
    async (role) => {
      const contact = await createContact({ role })
      expect(contact.role).toBe(role)
    },
  )

  it('refuses any other role', async () => {
    const data = {
      name: 'Role Test',
      role: 'chairperson',
    } as unknown as RequiredDataFromCollectionSlug<'contacts'>
    await expectFieldError(payload.create({ collection: 'contacts', data, ...asEditor() }), 'role')
  })

  it('requires a name', async () => {
    await expectFieldError(createContact({ name: ' \u200B ' }), 'name')
  })
})

describe('tasks', () => {
  const createTaskAsEditor = (data: Partial<RequiredDataFromCollectionSlug<'tasks'>>) =>
    payload.create({
      collection: 'tasks',
      data: { number: 5000 + nextUnique(), title: 'A task', status: 'ongoing', ...data },
      ...asEditor(),
    })

  it.each([0, -3, 1.5])('refuses the number %s', async (number) => {
    await expectFieldError(
      createTaskAsEditor({ number }),
      'number',
      number === 1.5 ? /whole number/ : /at least 1/,
    )
  })

  it('refuses a duplicate number', async () => {
    await createTaskAsEditor({ number: 42 })
    await expectFieldError(createTaskAsEditor({ number: 42 }), 'number')
  })

  it.each(['ongoing', 'completed'] as const)('accepts the status %s', async (status) => {
    const task = await createTaskAsEditor({ status })
    expect(task.status).toBe(status)
  })

  it('refuses any other status', async () => {
    const status = 'paused' as unknown as 'ongoing'
    await expectFieldError(createTaskAsEditor({ status }), 'status')
  })

  it('refuses an end year before the start year, naming both', async () => {
    await expectFieldError(createTaskAsEditor({ startYear: 2020, endYear: 2019 }), 'endYear', /2019.*2020/)
  })

  it.each([
    [2020, 2020],
    [2020, 2024],
    [2020, null],
  ])('accepts start %s and end %s', async (startYear, endYear) => {
    const task = await createTaskAsEditor({ startYear, endYear })
    expect(task).toMatchObject({ startYear, endYear })
  })
})

describe('tasks: participating countries are derived from the countries', () => {
  it('lists the countries whose ongoing and completed tasks contain the task', async () => {
    const task = await createTask(payload)
    const ongoing = await createCountry(payload, { ongoingTasks: [task.id] })
    const completed = await createCountry(payload, { completedTasks: [task.id] })
    await createCountry(payload)

    const read = await payload.findByID({ collection: 'tasks', id: task.id, depth: 1, overrideAccess: false })
    const names = (docs: unknown[] | undefined) => (docs ?? []).map((doc) => (doc as Country).name)
    expect(names(read.participatingCountries?.docs)).toEqual([ongoing.name])
    expect(names(read.pastParticipants?.docs)).toEqual([completed.name])
  })

  it('follows the countries when they change their lists', async () => {
    const task = await createTask(payload)
    const moving = await createCountry(payload, { ongoingTasks: [task.id] })
    await payload.update({
      collection: 'countries',
      id: moving.id,
      data: { ongoingTasks: [], completedTasks: [task.id] },
      ...asEditor(),
    })
    const read = await payload.findByID({ collection: 'tasks', id: task.id, depth: 0 })
    expect(read.participatingCountries?.docs).toEqual([])
    expect(read.pastParticipants?.docs).toEqual([moving.id])
  })

  it('are never stored on the task itself', async () => {
    const task = await createTask(payload)
    const data = {
      title: 'Renamed',
      participatingCountries: [country.id],
    } as unknown as RequiredDataFromCollectionSlug<'tasks'>
    await payload.update({ collection: 'tasks', id: task.id, data, ...asEditor() })
    const read = await payload.findByID({ collection: 'tasks', id: task.id, depth: 0 })
    expect(read.title).toBe('Renamed')
    expect(read.participatingCountries?.docs).toEqual([])
  })
})

describe('policy-articles', () => {
  const createArticle = (data: Partial<RequiredDataFromCollectionSlug<'policy-articles'>>) =>
    payload.create({
      collection: 'policy-articles',
      data: { title: `Article ${nextUnique()}`, country: country.id, ...data },
      ...asEditor(),
    })

  it('generates the slug from the title', async () => {
    const article = await createArticle({ title: ' Digital Economy & E-Mobility 2020 ' })
    expect(article.slug).toBe('digital-economy-and-e-mobility-2020')
  })

  it('requires a title', async () => {
    await expectFieldError(createArticle({ title: '' }), 'title')
  })

  it('requires a country', async () => {
    const data = { title: 'Countryless' } as RequiredDataFromCollectionSlug<'policy-articles'>
    await expectFieldError(payload.create({ collection: 'policy-articles', data, ...asEditor() }), 'country')
  })

  it('refuses a duplicate slug', async () => {
    await createPolicyArticle(payload, { title: 'Charging Policy', country: country.id })
    await expectFieldError(createArticle({ title: 'Charging Policy' }), 'slug')
  })

  it('refuses an invalid slug', async () => {
    await expectFieldError(createArticle({ slug: 'Not Valid' }), 'slug', /lowercase/)
  })

  it.each(['https://example.org/policy', 'mailto:office@example.org', '/countries/belgium', '#outlook'])(
    'accepts a rich-text link to %j',
    async (url) => {
      const article = await createArticle({ body: richTextWithLink(url) })
      expect(JSON.stringify(article.body)).toContain(url)
    },
  )

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
  ])('refuses a rich-text link to %j', async (url) => {
    await expectFieldError(createArticle({ body: richTextWithLink(url) }), 'body', /is not allowed/)
  })

  it('refuses an unsafe link in a country narrative too', async () => {
    await expectFieldError(
      payload.update({
        collection: 'countries',
        id: country.id,
        data: { body: richTextWithLink('javascript:alert(1)') },
        ...asEditor(),
      }),
      'body',
    )
  })
})
