import { expect, test } from '@playwright/test'

test('liveness answers 200 JSON that no cache keeps', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ status: 'alive' })
  expect(response.headers()['cache-control']).toBe('no-store')
  expect(response.headers()['content-type']).toMatch(/^application\/json/)
  expect(response.headers()['surrogate-control']).toBeUndefined()
})

test('readiness answers 200 with every part it checked, within a probe timeout', async ({ request }) => {
  const started = Date.now()
  const response = await request.get('/api/ready')
  expect(Date.now() - started).toBeLessThan(1_000)
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({
    status: 'ready',
    failing: [],
    checks: { database: 'ok', migrations: 'ok', redis: 'not used (no REDIS_URL)' },
  })
  expect(response.headers()['cache-control']).toBe('no-store')
  expect(response.headers()['surrogate-key']).toBeUndefined()
})

test("the health routes take precedence over Payload's API, which still answers the rest", async ({
  request,
}) => {
  const countries = await request.get('/api/countries?limit=1&depth=0')
  expect(countries.status()).toBe(200)
  expect(await countries.json()).toMatchObject({
    docs: [expect.objectContaining({ slug: expect.any(String) })],
  })
  const unknown = await request.get('/api/healthz')
  expect(unknown.status()).toBe(404)
  expect(await unknown.text()).toContain('Route not found')
})

test('health checks are never limited, however often they are asked', async ({ request }) => {
  const statuses = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      request.get(i % 2 ? '/api/health' : '/api/ready').then((r) => r.status()),
    ),
  )
  expect(new Set(statuses)).toEqual(new Set([200]))
})
