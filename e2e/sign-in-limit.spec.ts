import { expect, test } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { createEditor, signInThroughAdmin } from './helpers/api'

// The e2e server trusts X-Forwarded-For from this machine (TRUSTED_PROXIES, e2e/helpers/server-env.mjs),
// so each test can stand for visitors at addresses of its own (documentation ranges, never routed);
// random, so that a retry of a test does not find its address already refused.
const address = (network: '203.0.113' | '198.51.100') => `${network}.${1 + Math.floor(Math.random() * 250)}`

test('failed sign-ins from one address are refused with 429 after ten, even with the right password', async ({
  browser,
  request,
}) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const editor = await createEditor(
    admin.request,
    `${uniqueName('limited').replace(/\W+/g, '-')}@example.test`,
  )
  const from = address('203.0.113')
  const signIn = (password: string) =>
    request.post('/api/users/login', {
      headers: { 'X-Forwarded-For': from },
      data: { email: editor.email, password },
    })

  // Payload locks an account after five failures; the address limit counts across accounts.
  for (let i = 0; i < 10; i += 1) {
    const response = await request.post('/api/users/login', {
      headers: { 'X-Forwarded-For': from },
      data: { email: `nobody-${i}@example.test`, password: 'wrong-Password-1' },
    })
    expect(response.status(), `attempt ${i + 1}`).toBe(401)
  }
  const refused = await signIn(editor.password)
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  expect(await refused.json()).toEqual({
    errors: [
      {
        message: expect.stringMatching(
          /^Too many sign-in attempts from your address\. Please try again in \d+ seconds\.$/,
        ),
      },
    ],
  })

  // Another address is not affected, and successful sign-ins never add up.
  const elsewhere = address('198.51.100')
  for (let i = 0; i < 12; i += 1) {
    const response = await request.post('/api/users/login', {
      headers: { 'X-Forwarded-For': elsewhere },
      data: { email: editor.email, password: editor.password },
    })
    expect(response.status(), `sign-in ${i + 1} from another address`).toBe(200)
  }
  await admin.close()
})

test('an editor signs in through the admin as usual', async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const editor = await createEditor(
    admin.request,
    `${uniqueName('office').replace(/\W+/g, '-')}@example.test`,
  )
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInThroughAdmin(page, editor.email, editor.password)
  await context.close()
  await admin.close()
})
