import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { afterCommit } from '@/lib/data/content/afterCommit'

import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

/** A request with a transaction of its own, as a REST save has. */
async function transactionalRequest() {
  const req = await createLocalReq({}, payload)
  expect(await initTransaction(req)).toBe(true)
  return req
}

describe('afterCommit (caches are expired only once a change is committed)', () => {
  it('runs the task after the commit, not before', async () => {
    const req = await transactionalRequest()
    const ran: string[] = []
    await afterCommit(req, () => {
      ran.push('task')
      return Promise.resolve()
    })
    expect(ran).toEqual([])
    await commitTransaction(req)
    expect(ran).toEqual(['task'])
  })

  it('drops the task when the transaction rolls back', async () => {
    const req = await transactionalRequest()
    let ran = false
    await afterCommit(req, () => {
      ran = true
      return Promise.resolve()
    })
    await killTransaction(req)
    expect(ran).toBe(false)
  })

  it('runs at once outside a transaction', async () => {
    const req = await createLocalReq({}, payload)
    let ran = false
    await afterCommit(req, () => {
      ran = true
      return Promise.resolve()
    })
    expect(ran).toBe(true)
  })

  it('a save through the Local API sees its own write committed when the task runs', async () => {
    const req = await transactionalRequest()
    const name = `Committed ${Date.now()}`
    let seenByOthers: number | undefined
    const task = async () => {
      // A fresh request (no transaction) reads what other visitors would read.
      const found = await payload.find({ collection: 'contacts', where: { name: { equals: name } } })
      seenByOthers = found.totalDocs
    }
    await payload.create({ collection: 'contacts', data: { name }, req })
    await afterCommit(req, task)
    await commitTransaction(req)
    expect(seenByOthers).toBe(1)
  })
})
