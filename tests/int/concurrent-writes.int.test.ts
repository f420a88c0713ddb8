import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { inTransaction } from '@/lib/data/content/transaction'

import { createTask } from './helpers/factories'
import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

it('concurrent saves wait for each other instead of failing with "database is locked"', async () => {
  const slowWrite = inTransaction(payload, async (req) => {
    await payload.create({
      collection: 'tasks',
      data: { _status: 'published', number: 9001, title: 'Long import', status: 'ongoing' },
      req,
    })
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  })
  await new Promise((resolve) => setTimeout(resolve, 100))
  const saves = Array.from({ length: 8 }, (_, index) => createTask(payload, { title: `Concurrent ${index}` }))
  const results = await Promise.allSettled([slowWrite, ...saves])
  expect(results.filter((result) => result.status === 'rejected')).toEqual([])
  const { totalDocs } = await payload.count({ collection: 'tasks', where: { title: { like: 'Concurrent' } } })
  expect(totalDocs).toBe(8)
})
