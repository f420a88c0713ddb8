import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { expectFieldError } from './helpers/errors'
import { createCountry, createTask } from './helpers/factories'
import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

const fiveMegabytes = 'x'.repeat(5 * 1024 * 1024)

it.each([
  ['tasks', 'title'],
  ['tasks', 'summary'],
])(
  'a 5 MB string in %s.%s is refused with the field named, and nothing changes',
  async (_collection, field) => {
    const task = await createTask(payload)
    await expectFieldError(
      payload.update({ collection: 'tasks', id: task.id, data: { [field]: fiveMegabytes } }),
      field,
    )
    const after = await payload.findByID({ collection: 'tasks', id: task.id })
    expect(after.title).toBe(task.title)
  },
)

it('a country name over 200 characters is refused', async () => {
  await expectFieldError(createCountry(payload, { name: 'N'.repeat(201) }), 'name')
})

it('rich text over 1 MB is refused', async () => {
  const paragraph = {
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', version: 1, text: 'y'.repeat(1_100_000) }],
  }
  const body = {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '' as const,
      indent: 0,
      children: [paragraph],
    },
  }
  await expectFieldError(createCountry(payload, { body }), 'body', /too long/)
})
