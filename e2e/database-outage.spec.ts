import { type APIRequestContext, expect, test } from '@playwright/test'

import { SECOND_EXPIRY_AFTER_MS } from '../lib/platform/cache/revalidate'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { bringDatabaseBack, takeDatabaseAway } from './helpers/database-outage'

const CACHED_PAGE = '/countries/belgium'
const COUNTRIES_API = '/api/countries?limit=1&depth=0'
/** The same list under a query no cache has seen: it must reach the database. */
let uncachedCount = 0
const uncachedCountriesApi = () => `/api/countries?depth=0&limit=${(uncachedCount += 1) + 1}`

/**
 * A response the server's response cache has held for longer than the second expiry that follows
 * any save (lib/platform/cache/revalidate.ts): an earlier test's save can no longer purge it
 * mid-test. Its body is returned.
 */
async function heldByTheCache(request: APIRequestContext, url: string): Promise<string> {
  let body = ''
  await expect
    .poll(
      async () => {
        const response = await request.get(url)
        expect(response.status()).toBe(200)
        body = await response.text()
        return Number(response.headers()['age'] ?? 0)
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(SECOND_EXPIRY_AFTER_MS / 1000)
  return body
}

// Always give the database back, even when the test fails or times out half-way.
test.afterAll(bringDatabaseBack)

test('while the database is unavailable cached pages are served, the API, the admin and readiness say so, and everything recovers without a restart', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const visitor = await browser.newContext()
  const me = (await (await admin.request.get('/api/users/me')).json()) as { user: { id: number | string } }
  const userApi = `/api/users/${me.user.id}`
  const nameBefore = uniqueName('Before outage')
  expect((await admin.request.patch(userApi, { data: { name: nameBefore } })).ok()).toBe(true)
  const page = await admin.newPage()
  const cachedApi = await heldByTheCache(visitor.request, COUNTRIES_API)
  const publicHtml = await heldByTheCache(visitor.request, CACHED_PAGE)

  try {
    takeDatabaseAway()
    // The server notices once it needs to open the database again (within a few seconds).
    await expect
      .poll(async () => (await visitor.request.get(uncachedCountriesApi())).status(), { timeout: 30_000 })
      .toBe(503)

    // An anonymous read the cache already holds is still answered.
    const kept = await visitor.request.get(COUNTRIES_API)
    expect(kept.status()).toBe(200)
    expect(await kept.text()).toBe(cachedApi)

    const api = await visitor.request.get(uncachedCountriesApi())
    expect(api.status()).toBe(503)
    const body = await api.text()
    expect(JSON.parse(body)).toEqual({
      errors: [{ name: 'DatabaseUnavailable', message: expect.stringMatching(/database is unavailable/i) }],
    })
    // No stack trace, query or file path leaks out.
    expect(body).not.toMatch(/\bat \S+ \(|Failed query|select |\.db\b/i)

    // Readiness names the database (a load balancer takes the instance out); liveness does not
    // ask it (a supervisor leaves the process running).
    const ready = await visitor.request.get('/api/ready')
    expect(ready.status()).toBe(503)
    const readiness = (await ready.json()) as {
      status: string
      failing: string[]
      checks: Record<string, string>
    }
    expect(readiness).toMatchObject({ status: 'not ready', failing: ['database'] })
    expect(JSON.stringify(readiness)).not.toMatch(/e2e\.db|unable to open|\bat \S+ \(/i)
    expect((await visitor.request.get('/api/health')).status()).toBe(200)

    const write = await admin.request.patch(userApi, { data: { name: 'Written during the outage' } })
    expect(write.status()).toBe(503)

    const cached = await visitor.request.get(CACHED_PAGE)
    expect(cached.status()).toBe(200)
    expect(await cached.text()).toBe(publicHtml)

    await page.goto('/admin')
    await expect(page.getByRole('heading', { name: 'This page cannot be shown right now' })).toBeVisible()
    await expect(page.getByText(/database may be unavailable/i)).toBeVisible()
    await expect(page.getByText(/application error/i)).toHaveCount(0)
  } finally {
    bringDatabaseBack()
  }

  // Back without a restart: the same page recovers on "Try again", the API answers again, and
  // nothing was written during the outage.
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('link', { name: /countries/i }).first()).toBeVisible()
  const recovered = await visitor.request.get(uncachedCountriesApi())
  expect(recovered.status()).toBe(200)
  expect((await visitor.request.get('/api/ready')).status()).toBe(200)
  expect(((await recovered.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  const stored = (await (await admin.request.get(`${userApi}?depth=0`)).json()) as { name: string }
  expect(stored.name).toBe(nameBefore)

  // An edit through the admin is saved again.
  const nameAfter = uniqueName('After outage')
  await page.goto(`/admin/collections/users/${me.user.id}`)
  await page.getByLabel(/^name$/i).fill(nameAfter)
  await page.getByRole('button', { name: /^save$/i }).click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible()
  const saved = (await (await admin.request.get(`${userApi}?depth=0`)).json()) as { name: string }
  expect(saved.name).toBe(nameAfter)
  expect((await visitor.request.get(CACHED_PAGE)).status()).toBe(200)

  await Promise.all([admin.close(), visitor.close()])
})
