import { expect, test, type APIRequestContext } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'

type ListPage = { docs: { id: string | number; bev?: number | null }[]; totalDocs: number }

async function list(request: APIRequestContext, path: string): Promise<ListPage> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  return (await response.json()) as ListPage
}

test('the public statistics list shows an edit at once and never a draft country', async ({
  playwright,
  baseURL,
}) => {
  if (!baseURL) throw new Error('baseURL is not configured')
  // The session cookie counts only with the site's own Origin (CSRF protection).
  const admin = await playwright.request.newContext({
    baseURL,
    storageState: ADMIN_STATE,
    extraHTTPHeaders: { Origin: baseURL },
  })
  const visitor = await playwright.request.newContext({ baseURL })
  const newest = '/api/ev-statistics?limit=100&page=1&depth=0&sort=-updatedAt'
  let countryId: string | number | undefined
  // The seed statistic this test changes, put back afterwards for the other tests.
  let edited: ListPage['docs'][number] | undefined
  try {
    const draft = await admin.post('/api/countries?draft=true', {
      data: { name: uniqueName('Draftland'), isoCode: 'AQ', _status: 'draft' },
    })
    expect(draft.status(), await draft.text()).toBe(201)
    countryId = ((await draft.json()) as { doc: { id: string | number } }).doc.id
    const statistic = await admin.post('/api/ev-statistics', {
      data: { country: countryId, year: 2015, bev: 4242 },
    })
    expect(statistic.status(), await statistic.text()).toBe(201)
    const statisticId = ((await statistic.json()) as { doc: { id: string | number } }).doc.id

    // Staff see it; the visitor's list does not, before or after the edit.
    expect((await list(admin, newest)).docs.map((doc) => doc.id)).toContain(statisticId)
    expect((await list(visitor, newest)).docs.map((doc) => doc.id)).not.toContain(statisticId)

    const [first] = (await list(visitor, newest)).docs
    if (!first) throw new Error('the seed has no statistics')
    edited = first
    const bev = (first.bev ?? 0) + 1
    const edit = await admin.patch(`/api/ev-statistics/${first.id}`, {
      data: { bev },
    })
    expect(edit.status(), await edit.text()).toBe(200)
    const after = await list(visitor, newest)
    expect(after.docs.find((doc) => doc.id === first.id)?.bev).toBe(bev)
    expect(after.docs.map((doc) => doc.id)).not.toContain(statisticId)
  } finally {
    if (edited) await admin.patch(`/api/ev-statistics/${edited.id}`, { data: { bev: edited.bev ?? null } })
    if (countryId !== undefined) {
      await admin.delete(`/api/ev-statistics?where[country][equals]=${countryId}`)
      await admin.delete(`/api/countries/${countryId}`)
    }
    await admin.dispose()
    await visitor.dispose()
  }
})
