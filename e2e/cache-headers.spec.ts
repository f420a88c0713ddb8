import { expect, test } from '@playwright/test'

import { ALL_TAGS } from '../lib/platform/cache/tags'

import { ADMIN_STATE } from './helpers/accounts'

// What a cache between the site and its visitors (Varnish, a CDN) may keep, page type by page type.
const PUBLIC_PATHS = [
  '/',
  '/countries',
  '/countries?q=bel',
  '/countries/belgium',
  '/compare?countries=belgium',
  '/compare?countries=belgium&measure=share&scale=log',
  '/?map=plugin_share',
  '/policies',
  '/policies/belgium-digital-economy',
  '/tasks',
  '/tasks/23',
  '/countries/belgium/ev-statistics.csv',
  '/ev-statistics.csv',
  '/compare/ev-statistics.csv?countries=belgium&measure=index',
  '/api/ev-statistics?limit=5',
]

const isPrivate = (cacheControl: string | undefined) =>
  /\bprivate\b/.test(cacheControl ?? '') && /\bno-store\b/.test(cacheControl ?? '')

for (const path of PUBLIC_PATHS) {
  test(`${path} may be kept by a shared cache for a second, and longer by one it purges by key`, async ({
    playwright,
    baseURL,
  }) => {
    const visitor = await playwright.request.newContext({ baseURL })
    try {
      const response = await visitor.get(path)
      expect(response.status()).toBe(200)
      const headers = response.headers()
      expect(headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=1\b/)
      expect(headers['surrogate-control']).toMatch(/^max-age=\d+$/)
      const keys = (headers['surrogate-key'] ?? '').split(' ')
      expect(keys.length).toBeGreaterThan(0)
      for (const key of keys) expect(ALL_TAGS).toContain(key)
      expect(headers['critical-ch']).toBeUndefined()
      expect(headers['accept-ch']).toBeUndefined()
    } finally {
      await visitor.dispose()
    }
  })
}

test('the country page is keyed by what it shows, the article list by less', async ({ request }) => {
  const keysOf = async (path: string) =>
    (await request.get(path)).headers()['surrogate-key']?.split(' ') ?? []
  expect(await keysOf('/countries/belgium')).toEqual(expect.arrayContaining(['countries', 'ev-statistics']))
  expect(await keysOf('/policies')).not.toContain('ev-statistics')
})

test('the admin, signed-in API answers, previews and draft mode are private and never stored', async ({
  browser,
}) => {
  const editor = await browser.newContext({ storageState: ADMIN_STATE })
  try {
    const admin = await editor.request.get('/admin')
    expect(isPrivate(admin.headers()['cache-control']), admin.headers()['cache-control']).toBe(true)
    const api = await editor.request.get('/api/countries?draft=true')
    expect(api.headers()['cache-control']).toBe('private, no-store')
    expect(api.headers()['surrogate-key']).toBeUndefined()
    const preview = await editor.request.get('/preview?path=/countries/belgium', { maxRedirects: 0 })
    expect(preview.status()).toBe(307)
    expect(preview.headers()['cache-control']).toBe('private, no-store')
    // The draft-mode cookie is set now: the same public page is rendered for this editor only.
    const drafted = await editor.request.get('/countries/belgium')
    expect(drafted.status()).toBe(200)
    expect(isPrivate(drafted.headers()['cache-control']), drafted.headers()['cache-control']).toBe(true)
    await editor.request.get('/preview/exit')
  } finally {
    await editor.close()
  }
})

test('an API write is private even without a session', async ({ request }) => {
  const response = await request.post('/api/countries', { data: {} })
  expect(response.status()).toBeGreaterThanOrEqual(400)
  expect(response.headers()['cache-control']).toBe('private, no-store')
})

for (const path of ['/flags/es.svg', '/countries/belgium/ev-statistics.csv', '/sitemap.xml', '/']) {
  test(`${path} is sent compressed to a browser that accepts it`, async ({ request }) => {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-encoding']).toBe('gzip')
  })
}
