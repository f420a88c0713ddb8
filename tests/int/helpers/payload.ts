import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

/** Boots Payload on this test file's database (see setup/isolated-database.ts). */
export async function bootPayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Closes the database connection so the test process can exit. */
export async function shutdownPayload(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') await payload.db.connection.dropDatabase()
  await payload.destroy()
}

let userCounter = 0

/** Creates a user with the given role (bypassing access) and returns it with `collection` set. */
export async function createUser(
  payload: Payload,
  role: 'admin' | 'editor',
): Promise<User & { collection: 'users' }> {
  userCounter += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${role}-${userCounter}-${Date.now()}@example.test`,
      password: 'correct-horse-battery',
      roles: [role],
    },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' }
}
