import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { LOCK_TIME_MS, MAX_LOGIN_ATTEMPTS } from '@/collections/Users'

import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

async function loginError(email: string, password: string): Promise<string> {
  return payload.login({ collection: 'users', data: { email, password } }).then(
    () => 'logged in',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  )
}

it('locks an account for 10 minutes after 5 failed attempts', async () => {
  expect(MAX_LOGIN_ATTEMPTS).toBe(5)
  expect(LOCK_TIME_MS).toBe(10 * 60 * 1000)
  const user = await createUser(payload, 'editor')
  for (let attempt = 1; attempt <= MAX_LOGIN_ATTEMPTS; attempt += 1) {
    expect(await loginError(user.email, 'wrong-password')).not.toBe('logged in')
  }
  // Even the right password is refused while the account is locked.
  expect(await loginError(user.email, 'correct-horse-battery')).toMatch(/locked/i)
  const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
  const lockUntil = new Date(String(stored.lockUntil)).getTime()
  expect(lockUntil - Date.now()).toBeGreaterThan(LOCK_TIME_MS - 60_000)
})

it('answers a wrong password and an unknown e-mail with the same message', async () => {
  const user = await createUser(payload, 'editor')
  const wrongPassword = await loginError(user.email, 'wrong-password')
  const unknownEmail = await loginError('nobody-at-all@example.test', 'wrong-password')
  expect(wrongPassword).toBe(unknownEmail)
  expect(wrongPassword).not.toMatch(/exist|not found|no user/i)
})
