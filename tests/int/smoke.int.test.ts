import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

it('boots and creates a country', async () => {
  const country = await payload.create({
    collection: 'countries',
    data: { name: ' Belgium\u200B ', isoCode: 'be' },
  })
  expect(country).toMatchObject({ name: 'Belgium', slug: 'belgium', isoCode: 'BE' })
})
