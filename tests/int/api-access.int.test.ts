import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import {
  type ApiResponse,
  asJson,
  docsOf,
  errorCodes,
  graphql,
  idOf,
  isJson,
  type Json,
  loginToken,
  objectAt,
  rest,
  type RestMethod,
  type RestOptions,
} from './helpers/api'
import {
  createContact,
  createCountry,
  createMedia,
  createPolicyArticle,
  createStatistic,
  createTask,
  nextIsoCode,
  nextUnique,
} from './helpers/factories'
import { buildPng } from './helpers/files'
import { EXPECTED_ACCESS, type Operation, type Role } from './helpers/expected-access'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'
import { createExtract, createPublication } from './helpers/publications'

/*
 * The access rules of access-matrix.int.test.ts, shown to hold where visitors meet them: the
 * REST and GraphQL handlers of app/(payload)/api, called in-process with `Authorization: JWT`.
 */

type Transport = 'rest' | 'graphql'
type Id = number | string
type SignedIn = User & { collection: 'users' }

const PASSWORD = 'correct-horse-battery'

let payload: Payload
let admin: SignedIn
let editor: SignedIn
let otherEditor: SignedIn
const tokens: Record<Role, string | undefined> = { anonymous: undefined, editor: undefined, admin: undefined }

beforeAll(async () => {
  payload = await bootPayload()
  // Every refusal below would otherwise be logged with its stack; the assertions carry the bodies.
  payload.logger.level = 'fatal'
  admin = await createUser(payload, 'admin') // first account: admin either way
  editor = await createUser(payload, 'editor')
  otherEditor = await createUser(payload, 'editor')
  tokens.admin = await loginToken(admin.email, PASSWORD)
  tokens.editor = await loginToken(editor.email, PASSWORD)
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/** A GraphQL literal for an id: a number on SQLite, a quoted string on MongoDB. */
const literal = (id: Id): string => JSON.stringify(id)

/** One collection as the API sees it. */
type ApiSubject = {
  slug: CollectionSlug
  /** GraphQL name of one document (`createCountry`, `Country(id:)`). */
  graphqlName: string
  /** The text field the update cells set, and a new value for it. */
  field: string
  nextValue: () => string
  /** Data for a new document (JSON for REST, variables for GraphQL). */
  data: () => Promise<Json>
  /** Upload collection: REST creates send a multipart form with a file. */
  upload?: boolean
  /** A document created with access bypassed. */
  fixture: () => Promise<Id>
}

const changed = () => `changed-${nextUnique()}`

const SUBJECTS: ApiSubject[] = [
  {
    slug: 'countries',
    graphqlName: 'Country',
    field: 'slug',
    nextValue: changed,
    data: () => Promise.resolve({ name: `Api land ${nextUnique()}`, isoCode: nextIsoCode() }),
    fixture: async () => (await createCountry(payload)).id,
  },
  {
    slug: 'ev-statistics',
    graphqlName: 'EvStatistic',
    field: 'notes',
    nextValue: changed,
    data: async () => ({ country: (await createCountry(payload)).id, year: 2018, bev: 1 }),
    fixture: async () => (await createStatistic(payload)).id,
  },
  {
    slug: 'contacts',
    graphqlName: 'Contact',
    field: 'affiliation',
    nextValue: changed,
    data: () => Promise.resolve({ name: `Api contact ${nextUnique()}` }),
    fixture: async () => (await createContact(payload)).id,
  },
  {
    slug: 'tasks',
    graphqlName: 'Task',
    field: 'summary',
    nextValue: changed,
    data: () => Promise.resolve({ number: 9000 + nextUnique(), title: 'Api task', status: 'ongoing' }),
    fixture: async () => (await createTask(payload)).id,
  },
  {
    slug: 'policy-articles',
    graphqlName: 'PolicyArticle',
    field: 'summary',
    nextValue: changed,
    data: async () => ({ title: `Api article ${nextUnique()}`, country: (await createCountry(payload)).id }),
    fixture: async () => (await createPolicyArticle(payload)).id,
  },
  {
    slug: 'media',
    graphqlName: 'Media',
    field: 'alt',
    nextValue: changed,
    data: () => Promise.resolve({ alt: `Api pixel ${nextUnique()}` }),
    upload: true,
    fixture: async () => (await createMedia(payload, 'png')).id,
  },
  {
    slug: 'publications',
    graphqlName: 'Publication',
    field: 'description',
    nextValue: changed,
    // Created without its PDF, as a draft: publishing needs the file.
    data: () => Promise.resolve({ title: `Api report ${nextUnique()}`, type: 'other', year: 2020 }),
    fixture: async () => (await createPublication(payload)).id,
  },
  {
    slug: 'pdf-extracts',
    graphqlName: 'PdfExtract',
    field: 'error',
    nextValue: changed,
    data: () => Promise.resolve({ source: `api-${nextUnique()}.pdf`, status: 'done' }),
    fixture: async () => (await createExtract(payload)).id,
  },
  {
    slug: 'users',
    graphqlName: 'User',
    field: 'name',
    nextValue: changed,
    data: () =>
      Promise.resolve({ email: `api-${nextUnique()}@example.test`, password: PASSWORD, roles: ['editor'] }),
    fixture: async () => (await createUser(payload, 'editor')).id,
  },
]

/** What one API call did: an HTTP-like status (GraphQL: that of the first error) and the document it returned. */
type Outcome = { status: number; errorName?: string; doc: Json | null; detail: string }

function restOutcome({ status, body, text }: ApiResponse): Outcome {
  const candidate = isJson(body) && isJson(body.doc) ? body.doc : body
  return { status, doc: isJson(candidate) && 'id' in candidate ? candidate : null, detail: text }
}

async function graphqlOutcome(query: string, token: string | undefined, variables?: Json): Promise<Outcome> {
  const response = await graphql(query, { token, variables })
  const first = response.errors[0]
  const result = response.data?.result
  return {
    status: first ? (first.extensions?.statusCode ?? 500) : response.status,
    errorName: first?.extensions?.name,
    doc: isJson(result) ? result : null,
    detail: response.text,
  }
}

function uploadForm(data: Json): FormData {
  const form = new FormData()
  const name = `api-${nextUnique()}.png`
  form.append('file', new File([new Uint8Array(buildPng())], name, { type: 'image/png' }))
  form.append('_payload', JSON.stringify(data))
  return form
}

type Client = {
  create: (subject: ApiSubject, token?: string) => Promise<Outcome>
  read: (subject: ApiSubject, id: Id, token?: string) => Promise<Outcome>
  update: (subject: ApiSubject, id: Id, value: string, token?: string) => Promise<Outcome>
  delete: (subject: ApiSubject, id: Id, token?: string) => Promise<Outcome>
}

const call = async (method: RestMethod, path: string, options: RestOptions) =>
  restOutcome(await rest(method, path, options))

const CLIENTS: Record<Transport, Client> = {
  rest: {
    create: async (subject, token) => {
      const data = await subject.data()
      const body = subject.upload ? { form: uploadForm(data) } : { json: data }
      return call('POST', `/api/${subject.slug}?depth=0`, { token, ...body })
    },
    read: (subject, id, token) => call('GET', `/api/${subject.slug}/${id}?depth=0`, { token }),
    update: (subject, id, value, token) =>
      call('PATCH', `/api/${subject.slug}/${id}?depth=0`, { token, json: { [subject.field]: value } }),
    delete: (subject, id, token) => call('DELETE', `/api/${subject.slug}/${id}?depth=0`, { token }),
  },
  graphql: {
    create: async ({ graphqlName: name, data }, token) =>
      graphqlOutcome(
        `mutation ($data: mutation${name}Input!) { result: create${name}(data: $data) { id } }`,
        token,
        { data: await data() },
      ),
    read: ({ graphqlName: name }, id, token) =>
      graphqlOutcome(`{ result: ${name}(id: ${literal(id)}) { id } }`, token),
    update: ({ graphqlName: name, field }, id, value, token) =>
      graphqlOutcome(
        `mutation ($data: mutation${name}UpdateInput!) {
          result: update${name}(id: ${literal(id)}, data: $data) { id ${field} }
        }`,
        token,
        { data: { [field]: value } },
      ),
    delete: ({ graphqlName: name }, id, token) =>
      graphqlOutcome(`mutation { result: delete${name}(id: ${literal(id)}) { id } }`, token),
  },
}

function expectAllowed(outcome: Outcome): void {
  expect(outcome.status, outcome.detail).toBeGreaterThanOrEqual(200)
  expect(outcome.status, outcome.detail).toBeLessThan(300)
  expect(outcome.doc, outcome.detail).not.toBeNull()
}

/** Refused by access control: 403, or 404 when a row-level rule hides the document; nothing returned. */
function expectRefused(outcome: Outcome): void {
  expect([403, 404], outcome.detail).toContain(outcome.status)
  expect(outcome.doc, outcome.detail).toBeNull()
}

async function countOf(slug: CollectionSlug, id?: Id): Promise<number> {
  const where = id === undefined ? undefined : { id: { equals: id } }
  return (await payload.count({ collection: slug, where })).totalDocs
}

async function storedValue(subject: ApiSubject, id: Id): Promise<unknown> {
  const doc: unknown = await payload.findByID({ collection: subject.slug, id, depth: 0 })
  return isJson(doc) ? doc[subject.field] : undefined
}

/** One read/update target per collection, shared by the read and update cells. */
const shared = new Map<CollectionSlug, Id>()
async function sharedId(subject: ApiSubject): Promise<Id> {
  const known = shared.get(subject.slug)
  if (known !== undefined) return known
  const id = await subject.fixture()
  shared.set(subject.slug, id)
  return id
}

type Check = (
  transport: Transport,
  subject: ApiSubject,
  token: string | undefined,
  allowed: boolean,
) => Promise<void>

const CHECKS: Record<Operation, Check> = {
  create: async (transport, subject, token, allowed) => {
    const before = await countOf(subject.slug)
    const outcome = await CLIENTS[transport].create(subject, token)
    // GraphQL takes no files: for an upload, access is shown by reaching the file check.
    const needsFile = subject.upload === true && transport === 'graphql'
    if (!allowed) expectRefused(outcome)
    else if (needsFile) expect(outcome.errorName, outcome.detail).toBe('MissingFile')
    else {
      expectAllowed(outcome)
      expect(await countOf(subject.slug, idOf(outcome.doc))).toBe(1)
    }
    expect(await countOf(subject.slug)).toBe(before + (allowed && !needsFile ? 1 : 0))
  },
  read: async (transport, subject, token, allowed) => {
    const id = await sharedId(subject)
    const outcome = await CLIENTS[transport].read(subject, id, token)
    if (allowed) {
      expectAllowed(outcome)
      expect(idOf(outcome.doc)).toBe(id)
    } else expectRefused(outcome)
  },
  update: async (transport, subject, token, allowed) => {
    const id = await sharedId(subject)
    const value = subject.nextValue()
    const outcome = await CLIENTS[transport].update(subject, id, value, token)
    if (allowed) {
      expectAllowed(outcome)
      expect(outcome.doc?.[subject.field]).toBe(value)
    } else expectRefused(outcome)
    expect((await storedValue(subject, id)) === value).toBe(allowed)
  },
  delete: async (transport, subject, token, allowed) => {
    const id = await subject.fixture()
    const outcome = await CLIENTS[transport].delete(subject, id, token)
    if (allowed) expectAllowed(outcome)
    else expectRefused(outcome)
    expect(await countOf(subject.slug, id)).toBe(allowed ? 0 : 1)
  },
}

const matrix = (['rest', 'graphql'] as const).flatMap((transport) =>
  Object.entries(EXPECTED_ACCESS).flatMap(([collection, byRole]) =>
    (Object.entries(byRole) as [Role, Record<Operation, boolean>][]).flatMap(([role, byOperation]) =>
      (Object.entries(byOperation) as [Operation, boolean][]).map(([operation, allowed]) => ({
        transport,
        collection,
        role,
        operation,
        allowed,
      })),
    ),
  ),
)

describe('access matrix over REST and GraphQL', () => {
  it('covers every collection of the table', () => {
    expect(SUBJECTS.map((subject) => subject.slug).sort()).toEqual(Object.keys(EXPECTED_ACCESS).sort())
  })

  it.each(matrix)(
    '$transport $collection: $role $operation → allowed: $allowed',
    async ({ transport, collection, role, operation, allowed }) => {
      const subject = SUBJECTS.find((candidate) => candidate.slug === collection)
      if (!subject) throw new Error(`No API subject for ${collection}`)
      await CHECKS[operation](transport, subject, tokens[role], allowed)
    },
  )
})

/** The collections with drafts and a version history. */
type Versioned = {
  slug: 'countries' | 'policy-articles' | 'tasks' | 'publications'
  /** GraphQL names: one document, the list. */
  one: string
  many: string
  text: 'name' | 'title'
  create: (status: 'draft' | 'published', text: string) => Promise<Id>
  /** Saves a draft over the document as the editor, as the admin's autosave would. */
  saveDraft: (id: Id, text: string) => Promise<unknown>
}

const asEditor = () => ({ draft: true, overrideAccess: false, user: editor }) as const

const VERSIONED: Versioned[] = [
  {
    slug: 'countries',
    one: 'Country',
    many: 'Countries',
    text: 'name',
    create: async (_status, name) => (await createCountry(payload, { _status, name })).id,
    saveDraft: (id, name) => payload.update({ collection: 'countries', id, data: { name }, ...asEditor() }),
  },
  {
    slug: 'tasks',
    one: 'Task',
    many: 'Tasks',
    text: 'title',
    create: async (_status, title) => (await createTask(payload, { _status, title })).id,
    saveDraft: (id, title) => payload.update({ collection: 'tasks', id, data: { title }, ...asEditor() }),
  },
  {
    slug: 'policy-articles',
    one: 'PolicyArticle',
    many: 'PolicyArticles',
    text: 'title',
    create: async (_status, title) => (await createPolicyArticle(payload, { _status, title })).id,
    saveDraft: (id, title) =>
      payload.update({ collection: 'policy-articles', id, data: { title }, ...asEditor() }),
  },
  {
    slug: 'publications',
    one: 'Publication',
    many: 'Publications',
    text: 'title',
    create: async (_status, title) => (await createPublication(payload, { _status, title })).id,
    saveDraft: (id, title) =>
      payload.update({ collection: 'publications', id, data: { title }, ...asEditor() }),
  },
]

/** Per versioned collection: a never-published draft, and a published document with a newer draft. */
type DraftFixture = {
  hidden: { id: Id; text: string; versionId: Id }
  edited: { id: Id; published: string; draft: string }
}

const draftFixtures = new Map<string, DraftFixture>()
function fixtureOf(slug: string): DraftFixture {
  const fixture = draftFixtures.get(slug)
  if (!fixture) throw new Error(`No draft fixture for ${slug}`)
  return fixture
}

/** A REST or GraphQL answer must not mention any of these texts. */
function expectNone(text: string, secrets: string[]): void {
  for (const secret of secrets) expect(text, `leaked "${secret}"`).not.toContain(secret)
}

const q = encodeURIComponent

describe('drafts and versions never reach anonymous visitors', () => {
  beforeAll(async () => {
    for (const versioned of VERSIONED) {
      const n = nextUnique()
      const hiddenText = `Hidden draft ${n}`
      const hiddenId = await versioned.create('draft', hiddenText)
      const edited = { published: `Public text ${n}`, draft: `Unpublished edit ${n}` }
      const editedId = await versioned.create('published', edited.published)
      await versioned.saveDraft(editedId, edited.draft)
      const { docs } = await payload.findVersions({
        collection: versioned.slug,
        where: { parent: { equals: hiddenId } },
        limit: 1,
      })
      const version = docs[0]
      if (!version) throw new Error(`No version of the ${versioned.slug} draft`)
      draftFixtures.set(versioned.slug, {
        hidden: { id: hiddenId, text: hiddenText, versionId: version.id },
        edited: { id: editedId, ...edited },
      })
    }
  })

  describe.each(VERSIONED)('$slug', ({ slug, one, many, text }) => {
    const secretsOf = (fixture: DraftFixture) => [fixture.hidden.text, fixture.edited.draft]

    it('REST: a never-published draft is not found, with or without ?draft=true', async () => {
      const { hidden } = fixtureOf(slug)
      for (const query of ['', '?draft=true', '?draft=true&depth=2']) {
        const response = await rest('GET', `/api/${slug}/${hidden.id}${query}`)
        expect(response.status, response.text).toBe(404)
        expectNone(response.text, [hidden.text])
      }
      const staff = await rest('GET', `/api/${slug}/${hidden.id}?draft=true`, { token: tokens.editor })
      expect(asJson(staff.body)[text]).toBe(hidden.text)
    })

    it('REST: lists and counts leave drafts out, also with ?draft=true', async () => {
      const fixture = fixtureOf(slug)
      const list = await rest('GET', `/api/${slug}?draft=true&limit=1000&depth=1`)
      expect(list.status).toBe(200)
      expectNone(list.text, secretsOf(fixture))
      // Control: the published text is listed (with ?draft=true a newer draft hides the document).
      const published = await rest('GET', `/api/${slug}?limit=1000&depth=1`)
      expect(published.text).toContain(fixture.edited.published)
      expectNone(published.text, secretsOf(fixture))
      const drafts = await rest('GET', `/api/${slug}?draft=true&where[_status][equals]=draft`)
      expect(docsOf(drafts.body)).toEqual([])
      const count = await rest('GET', `/api/${slug}/count?where[_status][equals]=draft`)
      expect(asJson(count.body).totalDocs).toBe(0)
      const staffCount = await rest('GET', `/api/${slug}/count?where[_status][equals]=draft`, {
        token: tokens.editor,
      })
      expect(asJson(staffCount.body).totalDocs).toBeGreaterThan(0)
    })

    it('REST: ?draft=true on a published document shows visitors the published text', async () => {
      const { edited } = fixtureOf(slug)
      const anonymous = await rest('GET', `/api/${slug}/${edited.id}?draft=true`)
      expect(anonymous.status).toBe(200)
      expect(asJson(anonymous.body)[text]).toBe(edited.published)
      expectNone(anonymous.text, [edited.draft])
      const staff = await rest('GET', `/api/${slug}/${edited.id}?draft=true`, { token: tokens.editor })
      expect(asJson(staff.body)[text]).toBe(edited.draft)
    })

    it('REST: versions cannot be listed, read or restored', async () => {
      const fixture = fixtureOf(slug)
      const { versionId } = fixture.hidden
      const attempts = [
        await rest('GET', `/api/${slug}/versions`),
        await rest('GET', `/api/${slug}/versions?where[parent][equals]=${q(String(fixture.hidden.id))}`),
        await rest('GET', `/api/${slug}/versions/${versionId}`),
        await rest('POST', `/api/${slug}/versions/${versionId}`),
      ]
      for (const response of attempts) {
        expect([403, 404], response.text).toContain(response.status)
        expectNone(response.text, secretsOf(fixture))
      }
      const staff = await rest('GET', `/api/${slug}/versions/${versionId}`, { token: tokens.editor })
      expect(staff.status, staff.text).toBe(200)
      expect(staff.text).toContain(fixture.hidden.text)
    })

    it('GraphQL: draft: true neither finds the draft nor shows the newer draft text', async () => {
      const fixture = fixtureOf(slug)
      const { hidden, edited } = fixture
      const single = await graphql(`{ result: ${one}(id: ${literal(hidden.id)}, draft: true) { ${text} } }`)
      expect(single.data?.result ?? null).toBeNull()
      expect(errorCodes(single)).toEqual([404])
      const list = await graphql(`{ result: ${many}(draft: true, limit: 1000) { docs { ${text} } } }`)
      expect(list.errors).toEqual([])
      expectNone(list.text, secretsOf(fixture))
      const published = await graphql(`{ result: ${many}(limit: 1000) { docs { ${text} } } }`)
      expect(published.text).toContain(edited.published)
      expectNone(published.text, secretsOf(fixture))
      const count = await graphql(
        `{ result: count${many}(where: { _status: { equals: draft } }) { totalDocs } }`,
      )
      expect(objectAt(count.data, 'result').totalDocs).toBe(0)
      const query = `{ result: ${one}(id: ${literal(edited.id)}, draft: true) { ${text} } }`
      expect(objectAt((await graphql(query)).data, 'result')[text]).toBe(edited.published)
      const staff = await graphql(query, { token: tokens.editor })
      expect(objectAt(staff.data, 'result')[text]).toBe(edited.draft)
    })

    it('GraphQL: versions cannot be listed, read or restored', async () => {
      const fixture = fixtureOf(slug)
      const id = literal(fixture.hidden.versionId)
      const operations = [
        `{ result: versions${many}(limit: 1000) { docs { version { ${text} } } } }`,
        `{ result: version${one}(id: ${id}) { version { ${text} } } }`,
        `mutation { result: restoreVersion${one}(id: ${id}) { ${text} } }`,
      ]
      for (const operation of operations) {
        const response = await graphql(operation)
        expect(response.data?.result ?? null, response.text).toBeNull()
        expect(errorCodes(response)).toEqual([403])
        expectNone(response.text, secretsOf(fixture))
      }
      const staff = await graphql(operations[0] ?? '', { token: tokens.editor })
      expect(staff.text).toContain(fixture.hidden.text)
    })
  })

  it('statistics of an unpublished country: REST and GraphQL, by id and in lists', async () => {
    const hiddenCountry = await createCountry(payload, { _status: 'draft' })
    const hidden = await createStatistic(payload, { country: hiddenCountry.id, year: 2016 })
    const shown = await createStatistic(payload, { year: 2016 })
    const byId = await rest('GET', `/api/ev-statistics/${hidden.id}`)
    expect(byId.status).toBe(404)
    const list = await rest('GET', '/api/ev-statistics?pagination=false&depth=0')
    expect(docsOf(list.body).map(idOf)).toContain(shown.id)
    expect(docsOf(list.body).map(idOf)).not.toContain(hidden.id)
    const single = await graphql(`{ result: EvStatistic(id: ${literal(hidden.id)}) { id } }`)
    expect(single.data?.result ?? null).toBeNull()
    const all = await graphql('{ result: EvStatistics(limit: 1000) { docs { id } } }')
    const ids = docsOf(objectAt(all.data, 'result')).map(idOf)
    expect(ids).toContain(shown.id)
    expect(ids).not.toContain(hidden.id)
  })

  it('joins and relationships do not carry drafts to visitors', async () => {
    const task = await createTask(payload)
    const draftCountry = await createCountry(payload, { _status: 'draft', ongoingTasks: [task.id] })
    const draftTask = await createTask(payload, { _status: 'draft' })
    const country = await createCountry(payload, { ongoingTasks: [draftTask.id] })
    const secrets = [draftCountry.name, draftTask.title]
    const responses = [
      (await rest('GET', `/api/tasks/${task.id}?depth=2`)).text,
      (await rest('GET', `/api/countries/${country.id}?depth=2&draft=true`)).text,
      (await rest('GET', '/api/tasks?depth=2&draft=true&limit=1000')).text,
      (await graphql(`{ Task(id: ${literal(task.id)}) { participatingCountries { docs { name } } } }`)).text,
      (await graphql(`{ Country(id: ${literal(country.id)}, draft: true) { ongoingTasks { title } } }`)).text,
    ]
    for (const text of responses) expectNone(text, secrets)
    // Control: staff see both through the same paths.
    const token = tokens.editor
    expect((await rest('GET', `/api/tasks/${task.id}?depth=2`, { token })).text).toContain(draftCountry.name)
    const staffCountry = await rest('GET', `/api/countries/${country.id}?depth=2&draft=true`, { token })
    expect(staffCountry.text).toContain(draftTask.title)
  })
})

/** Every user's e-mail address but those of `except`, read from the database. */
async function emailsExcept(...except: SignedIn[]): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'users', pagination: false, depth: 0 })
  const kept = new Set(except.map((user) => user.email))
  return docs.map((user) => user.email).filter((email) => !kept.has(email))
}

describe("users' e-mail addresses", () => {
  /** Documents last edited by the admin and by another editor, so `lastEditedBy` points at them. */
  let edited: { country: Id; task: Id; article: Id; ownArticle: Id }

  beforeAll(async () => {
    const byAdmin = { overrideAccess: false, user: admin } as const
    const byOther = { overrideAccess: false, user: otherEditor } as const
    const task = await createTask(payload)
    const contact = await createContact(payload)
    const country = await createCountry(payload, { ongoingTasks: [task.id], delegates: [contact.id] })
    await payload.update({ collection: 'tasks', id: task.id, data: { summary: 'by other' }, ...byOther })
    await payload.update({
      collection: 'countries',
      id: country.id,
      data: { chapter: { publication: null, startPage: null } },
      ...byAdmin,
    })
    await createStatistic(payload, { country: country.id, year: 2017 })
    const article = await createPolicyArticle(payload, { country: country.id })
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { summary: 'x' },
      ...byOther,
    })
    await payload.update({ collection: 'policy-articles', id: article.id, data: { topic: 'y' }, ...byAdmin })
    const ownArticle = await createPolicyArticle(payload, { country: country.id })
    await payload.update({
      collection: 'policy-articles',
      id: ownArticle.id,
      data: { summary: 'mine' },
      overrideAccess: false,
      user: editor,
    })
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'countries', value: country.id },
        user: { relationTo: 'users', value: admin.id },
      },
    })
    edited = { country: country.id, task: task.id, article: article.id, ownArticle: ownArticle.id }
  })

  it('REST: anonymous visitors get no user, no count and no lock', async () => {
    const emails = await emailsExcept()
    for (const path of [
      '/api/users',
      `/api/users/${admin.id}`,
      '/api/users/count',
      `/api/users?where[email][like]=${q('@')}`,
      '/api/payload-locked-documents?depth=2',
    ]) {
      const response = await rest('GET', path)
      expect([403, 404], `${path}: ${response.text}`).toContain(response.status)
      expectNone(response.text, emails)
    }
    const me = await rest('GET', '/api/users/me')
    expect(me.status).toBe(200)
    expect(asJson(me.body).user).toBeNull()
  })

  it('REST: content at depth 2 carries no e-mail and no lastEditedBy to anonymous visitors', async () => {
    const emails = await emailsExcept()
    for (const path of [
      '/api/countries?depth=2&draft=true&limit=1000',
      `/api/countries/${edited.country}?depth=2&draft=true`,
      '/api/tasks?depth=2&limit=1000',
      `/api/tasks/${edited.task}?depth=2`,
      '/api/policy-articles?depth=2&draft=true&limit=1000',
      `/api/policy-articles/${edited.article}?depth=2`,
      '/api/ev-statistics?depth=2&limit=1000',
      '/api/contacts?depth=2&limit=1000',
      '/api/media?depth=2&limit=1000',
    ]) {
      const response = await rest('GET', path)
      expect(response.status, `${path}: ${response.text}`).toBe(200)
      expectNone(response.text, [...emails, '"lastEditedBy"'])
    }
  })

  it('REST: anonymous visitors cannot query or list by the editor who saved a document', async () => {
    for (const path of [
      `/api/policy-articles?where[lastEditedBy.email][like]=${q('@')}`,
      `/api/policy-articles?where[lastEditedBy][equals]=${q(String(admin.id))}`,
      `/api/countries?where[lastEditedBy][exists]=true`,
    ]) {
      const response = await rest('GET', path)
      const docs = response.status === 200 ? docsOf(response.body) : []
      expect(docs, `${path}: ${response.text}`).toEqual([])
    }
  })

  it('GraphQL: anonymous visitors get no user and no lastEditedBy', async () => {
    const emails = await emailsExcept()
    for (const query of [
      '{ result: Users(limit: 1000) { docs { email } } }',
      `{ result: User(id: ${literal(admin.id)}) { email } }`,
      '{ result: countUsers { totalDocs } }',
    ]) {
      const response = await graphql(query)
      expect(response.data?.result ?? null, response.text).toBeNull()
      expect(errorCodes(response)).toEqual([403])
      expectNone(response.text, emails)
    }
    const me = await graphql('{ result: meUser { user { email } } }')
    expect(objectAt(me.data, 'result').user).toBeNull()
    for (const query of [
      '{ Countries(draft: true, limit: 1000) { docs { name lastEditedBy { email } } } }',
      '{ Tasks(limit: 1000) { docs { title lastEditedBy { email } } } }',
      '{ PolicyArticles(draft: true, limit: 1000) { docs { title lastEditedBy { email } } } }',
      `{ PolicyArticle(id: ${literal(edited.article)}) { lastEditedBy { id email } } }`,
    ]) {
      const response = await graphql(query)
      expectNone(response.text, emails)
      expect(response.text).not.toMatch(/"lastEditedBy":\{/)
    }
  })

  it('REST: an editor sees its own account only', async () => {
    const others = await emailsExcept(editor)
    const list = await rest('GET', '/api/users?limit=1000', { token: tokens.editor })
    expect(docsOf(list.body).map(idOf)).toEqual([editor.id])
    expectNone(list.text, others)
    const other = await rest('GET', `/api/users/${otherEditor.id}`, { token: tokens.editor })
    expect(other.status).toBe(404)
    expectNone(other.text, others)
  })

  it("REST: content, versions and locks at depth 2 show an editor no other user's e-mail", async () => {
    const others = await emailsExcept(editor)
    for (const path of [
      '/api/countries?depth=2&draft=true&limit=1000',
      '/api/tasks?depth=2&draft=true&limit=1000',
      `/api/policy-articles/${edited.article}?depth=2&draft=true`,
      '/api/countries/versions?depth=2&limit=1000',
      '/api/tasks/versions?depth=2&limit=1000',
      '/api/policy-articles/versions?depth=2&limit=1000',
      '/api/payload-locked-documents?depth=2',
    ]) {
      const response = await rest('GET', path, { token: tokens.editor })
      expect(response.status, `${path}: ${response.text}`).toBe(200)
      expectNone(response.text, others)
    }
    // Control: the editor's own account is populated along the same paths.
    const own = await rest('GET', `/api/policy-articles/${edited.ownArticle}?depth=1`, {
      token: tokens.editor,
    })
    expect(own.text).toContain(editor.email)
  })

  it("REST: an editor cannot find documents by another user's e-mail", async () => {
    const byEmail = (email: string) =>
      rest('GET', `/api/policy-articles?depth=0&where[lastEditedBy.email][equals]=${q(email)}`, {
        token: tokens.editor,
      })
    expect(docsOf((await byEmail(admin.email)).body)).toEqual([])
    expect(docsOf((await byEmail(otherEditor.email)).body)).toEqual([])
    // Control: the same query finds what the editor saved itself.
    expect(docsOf((await byEmail(editor.email)).body).map(idOf)).toContain(edited.ownArticle)
  })

  it('REST and GraphQL: login and forgot-password answer the same for known and unknown addresses', async () => {
    const known = (await createUser(payload, 'editor')).email
    const unknown = `nobody-${nextUnique()}@example.test`
    const answers = async (email: string) => [
      await rest('POST', '/api/users/login', { json: { email, password: 'wrong-password' } }),
      await rest('POST', '/api/users/forgot-password', { json: { email } }),
      await graphql(`mutation { forgotPasswordUser(email: ${JSON.stringify(email)}) }`),
    ]
    const forKnown = await answers(known)
    const forUnknown = await answers(unknown)
    expect(forKnown.map(({ status, text }) => [status, text])).toEqual(
      forUnknown.map(({ status, text }) => [status, text]),
    )
    expect(forKnown[0]?.status).toBe(401)
  })

  it('REST: password hashes, salts and reset tokens are never returned, not even to admins', async () => {
    for (const [path, token] of [
      ['/api/users?limit=1000', tokens.admin],
      [`/api/users/${editor.id}`, tokens.admin],
      ['/api/users/me', tokens.editor],
    ] as const) {
      const response = await rest('GET', path, { token })
      expect(response.status).toBe(200)
      expectNone(response.text, ['"hash"', '"salt"', '"resetPasswordToken"'])
    }
  })

  it("GraphQL: an editor sees no other user's e-mail", async () => {
    const others = await emailsExcept(editor)
    const list = await graphql('{ result: Users(limit: 1000) { docs { id email } } }', {
      token: tokens.editor,
    })
    expect(docsOf(objectAt(list.data, 'result')).map(idOf)).toEqual([editor.id])
    const other = await graphql(`{ result: User(id: ${literal(otherEditor.id)}) { email } }`, {
      token: tokens.editor,
    })
    expect(other.data?.result ?? null).toBeNull()
    for (const response of [
      list,
      other,
      await graphql('{ PolicyArticles(draft: true, limit: 1000) { docs { lastEditedBy { email } } } }', {
        token: tokens.editor,
      }),
      await graphql(
        '{ versionsPolicyArticles(limit: 1000) { docs { version { lastEditedBy { email } } } } }',
        {
          token: tokens.editor,
        },
      ),
      await graphql(
        '{ PayloadLockedDocuments(limit: 1000) { docs { user { value { ... on User { email } } } } } }',
        { token: tokens.editor },
      ),
    ]) {
      expectNone(response.text, others)
    }
  })
})

describe('an editor cannot raise its role or create users', () => {
  async function rolesOf(id: Id): Promise<User['roles']> {
    return (await payload.findByID({ collection: 'users', id, depth: 0 })).roles
  }

  it('REST and GraphQL: setting its own roles leaves it an editor', async () => {
    const token = tokens.editor
    const attempts = [
      await rest('PATCH', `/api/users/${editor.id}`, { token, json: { roles: ['admin'] } }),
      await rest('PATCH', `/api/users?where[id][equals]=${q(String(editor.id))}`, {
        token,
        json: { roles: ['admin', 'editor'] },
      }),
      await graphql(
        `mutation { result: updateUser(id: ${literal(editor.id)}, data: { roles: [admin] }) { roles } }`,
        { token },
      ),
    ]
    for (const attempt of attempts) {
      expect([200, 403], attempt.text).toContain(attempt.status)
      expect(await rolesOf(editor.id)).toEqual(['editor'])
    }
    const fresh = await loginToken(editor.email, PASSWORD)
    const me = await rest('GET', '/api/users/me', { token: fresh })
    expect(objectAt(me.body, 'user').roles).toEqual(['editor'])
  })

  it("REST and GraphQL: another user's roles are out of reach", async () => {
    const token = tokens.editor
    const rest403 = await rest('PATCH', `/api/users/${otherEditor.id}`, { token, json: { roles: ['admin'] } })
    expect([403, 404]).toContain(rest403.status)
    const viaGraphql = await graphql(
      `mutation { result: updateUser(id: ${literal(otherEditor.id)}, data: { roles: [admin] }) { roles } }`,
      { token },
    )
    expect(viaGraphql.data?.result ?? null).toBeNull()
    expect(await rolesOf(otherEditor.id)).toEqual(['editor'])
    // Control: an admin promotes through the same route.
    const promoted = await createUser(payload, 'editor')
    const byAdmin = await rest('PATCH', `/api/users/${promoted.id}`, {
      token: tokens.admin,
      json: { roles: ['admin', 'editor'] },
    })
    expect(byAdmin.status, byAdmin.text).toBe(200)
    expect(await rolesOf(promoted.id)).toEqual(['admin', 'editor'])
  })

  it.each([
    { who: 'an editor', role: 'editor' as const },
    { who: 'an anonymous visitor', role: 'anonymous' as const },
  ])('REST and GraphQL: $who creates no account, not even through first-register', async ({ role }) => {
    const token = tokens[role]
    const email = () => `intruder-${nextUnique()}@example.test`
    const addresses: string[] = []
    const attempt = async (path: string) => {
      const address = email()
      addresses.push(address)
      return rest('POST', path, { token, json: { email: address, password: PASSWORD, roles: ['admin'] } })
    }
    for (const response of [await attempt('/api/users'), await attempt('/api/users/first-register')]) {
      expect(response.status, response.text).toBe(403)
    }
    const address = email()
    addresses.push(address)
    const viaGraphql = await graphql(
      'mutation ($data: mutationUserInput!) { result: createUser(data: $data) { id } }',
      { token, variables: { data: { email: address, password: PASSWORD, roles: ['admin'] } } },
    )
    expect(viaGraphql.data?.result ?? null).toBeNull()
    expect(errorCodes(viaGraphql)).toEqual([403])
    const created = await payload.count({ collection: 'users', where: { email: { in: addresses } } })
    expect(created.totalDocs).toBe(0)
  })

  it('REST: an editor cannot unlock or delete accounts', async () => {
    const token = tokens.editor
    const unlock = await rest('POST', '/api/users/unlock', { token, json: { email: otherEditor.email } })
    expect(unlock.status, unlock.text).toBe(403)
    const remove = await rest('DELETE', `/api/users/${editor.id}`, { token })
    expect(remove.status, remove.text).toBe(403)
    expect(await payload.count({ collection: 'users', where: { id: { equals: editor.id } } })).toEqual({
      totalDocs: 1,
    })
  })
})
