import { expect, test } from '@playwright/test'

import { ADMIN_STATE } from './helpers/accounts'
import { findFirst } from './helpers/api'

// Pages come from the response cache in front of Next (lib/platform/server/) and from Next's cache
// (lib/platform/cache/handler.mjs); a save purges both once it is committed, so the very next request
// renders the change.
test('a page served from the cache is fresh on the request after an edit', async ({ browser, request }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const statistic = await findFirst<{ id: string | number; bev: number }>(
    admin.request,
    '/api/ev-statistics?where[year][equals]=2018&where[country.slug][equals]=belgium&depth=0',
  )
  const readBelgium = async () => {
    const response = await request.get('/countries/belgium')
    expect(response.status()).toBe(200)
    // Age: the answer came from the response cache of the single instance (lib/platform/server/).
    return {
      cache: response.headers()['age'] === undefined ? 'rendered' : 'kept',
      text: await response.text(),
    }
  }
  try {
    for (let i = 0; i < 3; i += 1) await readBelgium()
    const kept = await readBelgium()
    expect(kept.cache).toBe('kept')
    expect(kept.text).toContain('3,733')

    const saved = await admin.request.patch(`/api/ev-statistics/${statistic.id}`, { data: { bev: 3734 } })
    expect(saved.ok(), await saved.text()).toBe(true)
    expect((await readBelgium()).text).toContain('3,734')
  } finally {
    const restored = await admin.request.patch(`/api/ev-statistics/${statistic.id}`, { data: { bev: 3733 } })
    expect(restored.ok()).toBe(true)
    expect((await readBelgium()).text).toContain('3,733')
    await admin.close()
  }
})
