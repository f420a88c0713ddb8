import { NotFound, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PolicyArticle } from '@/payload-types'

import { expectDenied } from './helpers/errors'
import { createCountry, createPolicyArticle, createStatistic } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

let payload: Payload
let editor: Awaited<ReturnType<typeof createUser>>
let admin: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/** The article as an anonymous visitor reads it (fails when the visitor may not see it). */
function anonymousArticle(id: PolicyArticle['id'], draft: boolean) {
  return payload.findByID({ collection: 'policy-articles', id, overrideAccess: false, draft, depth: 0 })
}

/** Asserts that an anonymous visitor is refused the article, with or without draft=true. */
async function expectHiddenFromVisitors(id: PolicyArticle['id'], draft = false) {
  await expectDenied(anonymousArticle(id, draft))
}

describe('drafts and versions are for staff only', () => {
  it('a never-published draft is invisible to anonymous visitors, with or without draft=true', async () => {
    const article = await createPolicyArticle(payload, { _status: 'draft', title: 'Secret draft' })
    await expectHiddenFromVisitors(article.id, false)
    await expectHiddenFromVisitors(article.id, true)
    const list = await payload.find({ collection: 'policy-articles', overrideAccess: false, draft: true })
    expect(list.docs.map((doc) => doc.title)).not.toContain('Secret draft')
    const asEditor = await payload.findByID({
      collection: 'policy-articles',
      id: article.id,
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(asEditor.title).toBe('Secret draft')
  })

  it('a draft edit of a published article: visitors keep the published text, editors see the draft', async () => {
    const article = await createPolicyArticle(payload, { title: 'Published title' })
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { title: 'Draft title' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect((await anonymousArticle(article.id, false)).title).toBe('Published title')
    expect((await anonymousArticle(article.id, true)).title).not.toBe('Draft title')
    const preview = await payload.findByID({
      collection: 'policy-articles',
      id: article.id,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(preview.title).toBe('Draft title')
  })

  it('versions cannot be listed by anonymous visitors but can by editors', async () => {
    const article = await createPolicyArticle(payload)
    await expectDenied(payload.findVersions({ collection: 'policy-articles', overrideAccess: false }))
    await expectDenied(payload.findVersions({ collection: 'countries', overrideAccess: false }))
    const versions = await payload.findVersions({
      collection: 'policy-articles',
      where: { parent: { equals: article.id } },
      overrideAccess: false,
      user: editor,
    })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })

  it('statistics of an unpublished country are hidden from anonymous visitors', async () => {
    const hidden = await createCountry(payload, { _status: 'draft' })
    const shown = await createCountry(payload)
    await createStatistic(payload, { country: hidden.id, year: 2015 })
    await createStatistic(payload, { country: shown.id, year: 2015 })
    const visible = await payload.find({
      collection: 'ev-statistics',
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    const countries = visible.docs.map((doc) => doc.country)
    expect(countries).toContain(shown.id)
    expect(countries).not.toContain(hidden.id)
  })

  it('unpublishing hides the document again', async () => {
    const article = await createPolicyArticle(payload, { title: 'Soon gone' })
    expect((await anonymousArticle(article.id, false)).title).toBe('Soon gone')
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    await expectHiddenFromVisitors(article.id)
  })

  it('restoring a version brings its content back', async () => {
    const article = await createPolicyArticle(payload, { title: 'Version one' })
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { title: 'Version two' },
      user: editor,
      overrideAccess: false,
    })
    const { docs } = await payload.findVersions({
      collection: 'policy-articles',
      where: { and: [{ parent: { equals: article.id } }, { 'version.title': { equals: 'Version one' } }] },
      user: editor,
      overrideAccess: false,
    })
    const first = docs[0]
    expect(first).toBeDefined()
    if (!first) return
    await payload.restoreVersion({
      collection: 'policy-articles',
      id: first.id,
      user: editor,
      overrideAccess: false,
    })
    const restored = await payload.findByID({
      collection: 'policy-articles',
      id: article.id,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(restored.title).toBe('Version one')
  })
})

describe('roles', () => {
  it('editors cannot delete countries; admins can', async () => {
    const country = await createCountry(payload)
    await expectDenied(
      payload.delete({ collection: 'countries', id: country.id, user: editor, overrideAccess: false }),
    )
    await payload.delete({ collection: 'countries', id: country.id, user: admin, overrideAccess: false })
    // Gone for everyone, not hidden: even with access overridden there is no such row any more,
    // and the lookup fails as a missing document (404), not as any other error.
    const { totalDocs } = await payload.count({
      collection: 'countries',
      where: { id: { equals: country.id } },
    })
    expect(totalDocs).toBe(0)
    const lookup = payload.findByID({ collection: 'countries', id: country.id })
    await expect(lookup).rejects.toThrow(NotFound)
    await expect(lookup).rejects.toMatchObject({ status: 404 })
  })
})

describe('scheduled publishing', () => {
  it('the schedule-publish job publishes the article at the set time, not before', async () => {
    const article = await createPolicyArticle(payload, { _status: 'draft', title: 'Scheduled' })
    const publishAt = new Date(Date.now() + 3_000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'policy-articles', value: article.id } },
      waitUntil: publishAt,
    })
    await payload.jobs.run()
    await expectHiddenFromVisitors(article.id)

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 500))
    await payload.jobs.run()
    const published = await anonymousArticle(article.id, false)
    expect(published.title).toBe('Scheduled')
    expect(published._status).toBe('published')
  })
})

describe('version history', () => {
  it('records who changed each version, visible to staff only', async () => {
    const article = await createPolicyArticle(payload, { title: 'Authored' })
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { title: 'Edited' },
      user: editor,
      overrideAccess: false,
    })
    const { docs } = await payload.findVersions({
      collection: 'policy-articles',
      where: { parent: { equals: article.id } },
      sort: '-updatedAt',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    expect(docs[0]?.version.lastEditedBy).toBe(editor.id)
    const anonymous = await payload.findByID({
      collection: 'policy-articles',
      id: article.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(anonymous.title).toBe('Edited')
    expect(anonymous).not.toHaveProperty('lastEditedBy')
  })
})
