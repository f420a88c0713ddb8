import { expect, test } from '@playwright/test'

import { FIRST_ADMIN } from './helpers/accounts'

for (const path of ['/', '/countries/belgium', '/admin/login']) {
  test(`${path} is served with protective headers`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(headers['content-security-policy']).toContain("object-src 'none'")
    expect(headers['x-powered-by']).toBeUndefined()
  })
}

test('the session cookie is HttpOnly, SameSite=Lax and Secure in production', async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL })
  const response = await request.post('/api/users/login', { data: FIRST_ADMIN })
  expect(response.status()).toBe(200)
  const cookie = response
    .headersArray()
    .find((header) => header.name.toLowerCase() === 'set-cookie' && header.value.includes('payload-token='))
  expect(cookie?.value).toMatch(/HttpOnly/i)
  expect(cookie?.value).toMatch(/SameSite=Lax/i)
  expect(cookie?.value).toMatch(/Secure/i)
  await request.dispose()
})
