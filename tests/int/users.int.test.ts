import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { expectDenied } from './helpers/errors'
import { nextUnique } from './helpers/factories'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

type SignedIn = User & { collection: 'users' }

let payload: Payload
let firstUser: User
let admin: SignedIn
let editor: SignedIn
let otherEditor: SignedIn

const email = () => `user-${nextUnique()}@example.test`
const password = 'correct-horse-battery'

beforeAll(async () => {
  payload = await bootPayload()
  // The first account is created here, on the empty database, before any helper runs.
  const { totalDocs } = await payload.count({ collection: 'users' })
  expect(totalDocs).toBe(0)
  firstUser = await payload.create({
    collection: 'users',
    data: { email: email(), password, roles: ['editor'] },
  })
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  otherEditor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await shutdownPayload(payload)
})

async function rolesOf(id: User['id']): Promise<User['roles']> {
  return (await payload.findByID({ collection: 'users', id, depth: 0 })).roles
}

describe('users: the first account', () => {
  it('becomes admin although it asked to be an editor', async () => {
    expect(firstUser.roles).toEqual(['admin'])
    expect(await rolesOf(firstUser.id)).toEqual(['admin'])
  })

  it('is the only one: later accounts keep the roles they are given', async () => {
    expect(editor.roles).toEqual(['editor'])
    expect(await rolesOf(editor.id)).toEqual(['editor'])
  })
})

describe('users: creating accounts and changing roles', () => {
  it('an admin creates an editor', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: email(), password, roles: ['editor'] },
      overrideAccess: false,
      user: admin,
    })
    expect(await rolesOf(created.id)).toEqual(['editor'])
  })

  it('an admin creates another admin', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: email(), password, roles: ['admin'] },
      overrideAccess: false,
      user: admin,
    })
    expect(await rolesOf(created.id)).toEqual(['admin'])
  })

  it('an editor cannot create an account', async () => {
    await expectDenied(
      payload.create({
        collection: 'users',
        data: { email: email(), password, roles: ['editor'] },
        overrideAccess: false,
        user: editor,
      }),
    )
  })

  it('an anonymous visitor cannot create an account', async () => {
    await expectDenied(
      payload.create({
        collection: 'users',
        data: { email: email(), password, roles: ['editor'] },
        overrideAccess: false,
      }),
    )
  })

  it('an admin promotes an editor', async () => {
    const promoted = await createUser(payload, 'editor')
    await payload.update({
      collection: 'users',
      id: promoted.id,
      data: { roles: ['admin', 'editor'] },
      overrideAccess: false,
      user: admin,
    })
    expect(await rolesOf(promoted.id)).toEqual(['admin', 'editor'])
  })

  it('an editor who sets its own roles to admin stays an editor', async () => {
    const before = await createUser(payload, 'editor')
    // The roles field is admin-only: the update goes through without it.
    await payload.update({
      collection: 'users',
      id: before.id,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user: before,
    })
    expect(await rolesOf(before.id)).toEqual(['editor'])
  })

  it('an editor may still change its own name', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: 'Eddie Editor' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.name).toBe('Eddie Editor')
  })

  it('an editor cannot change another user', async () => {
    await expectDenied(
      payload.update({
        collection: 'users',
        id: otherEditor.id,
        data: { name: 'Hijacked' },
        overrideAccess: false,
        user: editor,
      }),
    )
    expect((await payload.findByID({ collection: 'users', id: otherEditor.id })).name ?? null).not.toBe(
      'Hijacked',
    )
  })
})

describe('users: reading accounts', () => {
  it('anonymous visitors find no users', async () => {
    await expectDenied(payload.find({ collection: 'users', overrideAccess: false }))
  })

  it('anonymous visitors cannot read a user by id', async () => {
    await expectDenied(payload.findByID({ collection: 'users', id: admin.id, overrideAccess: false }))
  })

  it('an editor finds only itself', async () => {
    const found = await payload.find({ collection: 'users', overrideAccess: false, user: editor, limit: 100 })
    expect(found.docs.map((user) => user.id)).toEqual([editor.id])
  })

  it('an editor cannot read another user by id', async () => {
    await expectDenied(
      payload.findByID({ collection: 'users', id: otherEditor.id, overrideAccess: false, user: editor }),
    )
  })

  it('an admin finds every user', async () => {
    const { totalDocs } = await payload.count({ collection: 'users' })
    const found = await payload.find({ collection: 'users', overrideAccess: false, user: admin, limit: 100 })
    expect(found.docs).toHaveLength(totalDocs)
    expect(found.docs.map((user) => user.id)).toEqual(
      expect.arrayContaining([firstUser.id, editor.id, otherEditor.id]),
    )
  })

  it('never returns password hashes or salts', async () => {
    const found = await payload.find({ collection: 'users', overrideAccess: false, user: admin, limit: 100 })
    for (const user of found.docs) {
      expect(user).not.toHaveProperty('hash')
      expect(user).not.toHaveProperty('salt')
    }
  })
})
