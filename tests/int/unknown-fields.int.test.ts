import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asJson, idOf, loginToken, rest } from './helpers/api'
import { createContact, createCountry, createStatistic, nextUnique } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await createUser(payload, 'editor')
  token = await loginToken(editor.email, 'correct-horse-battery')
})

afterAll(async () => {
  await shutdownPayload(payload)
})

function messageOf(body: unknown): string {
  const errors = asJson(body).errors
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined
  return typeof first === 'object' && first !== null && 'message' in first ? String(first.message) : ''
}

describe('REST writes that name a field the collection does not have', () => {
  it('refuse a create with 400, naming the field, and create nothing', async () => {
    const name = `Unknown field contact ${nextUnique()}`
    const response = await rest('POST', '/api/contacts', { token, json: { name, emial: 'a@example.test' } })
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toMatch(/Unknown field "emial" for contacts/)
    const { totalDocs } = await payload.count({ collection: 'contacts', where: { name: { equals: name } } })
    expect(totalDocs).toBe(0)
  })

  it('refuse an update with 400 and leave the document as it was', async () => {
    const country = await createCountry(payload)
    const statistic = await createStatistic(payload, { country: country.id, year: 2015, bev: 10 })
    const response = await rest('PATCH', `/api/ev-statistics/${statistic.id}`, {
      token,
      json: { bevv: 99, phev: 5 },
    })
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toMatch(/"bevv"/)
    const after = await payload.findByID({ collection: 'ev-statistics', id: statistic.id })
    expect(after.bev).toBe(10)
    expect(after.phev ?? null).toBeNull()
  })

  it('accept a document read from the API and sent back unchanged (ids, timestamps, joins, status)', async () => {
    const country = await createCountry(payload)
    const read = await rest('GET', `/api/countries/${country.id}?depth=0`, { token })
    expect(read.status).toBe(200)
    const saved = await rest('PATCH', `/api/countries/${country.id}`, { token, json: read.body })
    expect(saved.status, saved.text).toBe(200)

    const contact = await createContact(payload)
    const readContact = await rest('GET', `/api/contacts/${contact.id}?depth=0`, { token })
    const savedContact = await rest('PATCH', `/api/contacts/${idOf(readContact.body)}`, {
      token,
      json: readContact.body,
    })
    expect(savedContact.status, savedContact.text).toBe(200)
  })

  it('leave the Local API (seed and import) to Payload, which drops unknown keys', async () => {
    const contact = await payload.create({
      collection: 'contacts',
      data: { name: `Local contact ${nextUnique()}`, ...{ legacyKey: 'x' } },
    })
    expect(contact.name).toMatch(/^Local contact/)
  })
})
