import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AccessSubject, type Actor, accessSubjects } from './helpers/access-subjects'
import { expectDenied } from './helpers/errors'
import { nextUnique } from './helpers/factories'
import { EXPECTED_ACCESS, type Operation, type Role } from './helpers/expected-access'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

const rows = Object.entries(EXPECTED_ACCESS).flatMap(([collection, byRole]) =>
  (Object.entries(byRole) as [Role, Record<Operation, boolean>][]).flatMap(([role, byOperation]) =>
    (Object.entries(byOperation) as [Operation, boolean][]).map(([operation, allowed]) => ({
      collection,
      role,
      operation,
      allowed,
    })),
  ),
)

let payload: Payload
let subjects: Record<string, AccessSubject>
let actors: Record<Role, Actor>
/** One document per collection for the read and update cells; delete cells get their own. */
const shared = new Map<string, number | string>()

beforeAll(async () => {
  payload = await bootPayload()
  const admin = await createUser(payload, 'admin') // first account: admin either way
  const editor = await createUser(payload, 'editor')
  actors = {
    anonymous: { overrideAccess: false },
    editor: { overrideAccess: false, user: editor },
    admin: { overrideAccess: false, user: admin },
  }
  subjects = accessSubjects(payload)
  for (const [slug, subject] of Object.entries(subjects)) shared.set(slug, await subject.fixture())
})
afterAll(async () => {
  await shutdownPayload(payload)
})

function subjectFor(collection: string): AccessSubject {
  const subject = subjects[collection]
  if (!subject) throw new Error(`No access subject for ${collection}`)
  return subject
}

function sharedId(collection: string): number | string {
  const id = shared.get(collection)
  if (id === undefined) throw new Error(`No shared ${collection} document`)
  return id
}

const checks: Record<Operation, (subject: AccessSubject, actor: Actor, allowed: boolean) => Promise<void>> = {
  create: async (subject, actor, allowed) => {
    const before = await subject.count()
    if (allowed) {
      const id = await subject.create(actor)
      expect(await subject.read({ overrideAccess: false, user: actors.admin.user }, id)).toBe(id)
    } else {
      await expectDenied(subject.create(actor))
    }
    expect(await subject.count()).toBe(before + (allowed ? 1 : 0))
  },
  read: async (subject, actor, allowed) => {
    const id = sharedId(subject.slug)
    if (allowed) expect(await subject.read(actor, id)).toBe(id)
    else await expectDenied(subject.read(actor, id))
  },
  update: async (subject, actor, allowed) => {
    const id = sharedId(subject.slug)
    const value = `changed-${nextUnique()}`
    if (allowed) expect(await subject.update(actor, id, value)).toBe(value)
    else await expectDenied(subject.update(actor, id, value))
    expect((await subject.storedValue(id)) === value).toBe(allowed)
  },
  delete: async (subject, actor, allowed) => {
    const id = await subject.fixture()
    const before = await subject.count()
    if (allowed) await subject.delete(actor, id)
    else await expectDenied(subject.delete(actor, id))
    expect(await subject.count()).toBe(before - (allowed ? 1 : 0))
  },
}

describe('access matrix', () => {
  it.each(rows)(
    '$collection: $role $operation → allowed: $allowed',
    async ({ collection, role, operation, allowed }) => {
      await checks[operation](subjectFor(collection), actors[role], allowed)
    },
  )
})
