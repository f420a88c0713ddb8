import { expect, test } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { createEditor, findFirst, signInThroughAdmin } from './helpers/api'

test.describe.configure({ mode: 'serial' })

const ARTICLE_PATH = '/policies/belgium-digital-economy'

test('an editor changes a yearly figure and the public page and CSV show it on the next request', async ({
  browser,
}) => {
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE })
  const editor = await createEditor(
    adminContext.request,
    `${uniqueName('editor').replace(/\s/g, '-')}@example.test`,
  )
  const editorContext = await browser.newContext()
  const page = await editorContext.newPage()
  await signInThroughAdmin(page, editor.email, editor.password)

  const statistic = await findFirst<{ id: string | number; bev: number }>(
    page.request,
    '/api/ev-statistics?where[year][equals]=2018&where[country.slug][equals]=belgium&depth=0',
  )
  expect(statistic.bev).toBe(3733)

  const visitor = await browser.newContext()
  const before = await visitor.request.get('/countries/belgium')
  expect(await before.text()).toContain('3,733')

  await page.goto(`/admin/collections/ev-statistics/${statistic.id}`)
  await page.getByLabel(/^BEV/).fill('3800')
  await page.getByRole('button', { name: /^save$/i }).click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible()

  const after = await visitor.request.get('/countries/belgium')
  expect(await after.text()).toContain('3,800')
  const csv = await (await visitor.request.get('/countries/belgium/ev-statistics.csv')).text()
  expect(csv).toContain('2018,3800,9704,13226')

  // Leave the seeded figure as the other tests expect it.
  const restore = await page.request.patch(`/api/ev-statistics/${statistic.id}`, { data: { bev: 3733 } })
  expect(restore.ok()).toBe(true)
  expect(await (await visitor.request.get('/countries/belgium')).text()).toContain('3,733')
  await Promise.all([adminContext.close(), editorContext.close(), visitor.close()])
})

test('a draft is private until published; unpublishing removes the page; a version can be restored', async ({
  browser,
}) => {
  const editorContext = await browser.newContext({ storageState: ADMIN_STATE })
  const visitor = await browser.newContext()
  const api = editorContext.request
  const article = await findFirst<{ id: string | number; title: string }>(
    api,
    '/api/policy-articles?where[slug][equals]=belgium-digital-economy&depth=0',
  )
  const draftTitle = `Digital Economy (draft ${Date.now().toString(36)})`

  const saved = await api.patch(`/api/policy-articles/${article.id}?draft=true`, {
    data: { title: draftTitle },
  })
  expect(saved.ok(), await saved.text()).toBe(true)

  const anonymousPage = await visitor.newPage()
  await anonymousPage.goto(ARTICLE_PATH)
  await expect(anonymousPage.getByRole('heading', { level: 1 })).toHaveText('Digital Economy')
  const leaked = await visitor.request.get(`/api/policy-articles/${article.id}?draft=true`)
  expect(await leaked.text()).not.toContain(draftTitle)
  const previewWithoutSession = await visitor.request.get(
    `/preview?path=${encodeURIComponent(ARTICLE_PATH)}`,
    { maxRedirects: 0 },
  )
  expect(previewWithoutSession.headers().location ?? '').toContain('/admin/login')

  const editorPage = await editorContext.newPage()
  await editorPage.goto(`/preview?path=${encodeURIComponent(ARTICLE_PATH)}`)
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
  await expect(editorPage.getByText(/previewing drafts/i)).toBeVisible()

  const published = await api.patch(`/api/policy-articles/${article.id}`, { data: { _status: 'published' } })
  expect(published.ok(), await published.text()).toBe(true)
  await anonymousPage.goto(ARTICLE_PATH)
  await expect(anonymousPage.getByRole('heading', { level: 1 })).toHaveText(draftTitle)

  const unpublished = await api.patch(`/api/policy-articles/${article.id}`, { data: { _status: 'draft' } })
  expect(unpublished.ok(), await unpublished.text()).toBe(true)
  expect((await anonymousPage.goto(ARTICLE_PATH))?.status()).toBe(404)

  const versions = await api.get(
    `/api/policy-articles/versions?where[parent][equals]=${article.id}&where[version.title][equals]=Digital%20Economy&where[version._status][equals]=published&sort=-updatedAt&limit=1`,
  )
  const { docs } = (await versions.json()) as { docs: { id: string | number }[] }
  expect(docs.length).toBe(1)
  const restored = await api.post(`/api/policy-articles/versions/${docs[0]?.id}`)
  expect(restored.ok(), await restored.text()).toBe(true)
  const republished = await api.patch(`/api/policy-articles/${article.id}`, {
    data: { _status: 'published' },
  })
  expect(republished.ok()).toBe(true)

  await anonymousPage.goto(ARTICLE_PATH)
  await expect(anonymousPage.getByRole('heading', { level: 1 })).toHaveText('Digital Economy')
  await expect(anonymousPage.getByRole('heading', { name: 'Data protection' })).toBeVisible()

  await editorPage.goto(`/admin/collections/policy-articles/${article.id}/versions`)
  await expect(editorPage.getByRole('link', { name: /ago|\d{4}/ }).first()).toBeVisible()
  await editorPage.goto('/preview/exit')
  await Promise.all([editorContext.close(), visitor.close()])
})

test('anonymous REST and GraphQL never return drafts, versions or users', async ({ request, browser }) => {
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE })
  const belgium = await findFirst<{ id: string | number }>(
    adminContext.request,
    '/api/countries?where[slug][equals]=belgium&depth=0',
  )
  const title = uniqueName('Unpublished article')
  const created = await adminContext.request.post('/api/policy-articles?draft=true', {
    data: { title, country: belgium.id, _status: 'draft' },
  })
  expect(created.status(), await created.text()).toBe(201)

  for (const path of [
    '/api/policy-articles',
    '/api/policy-articles?draft=true',
    '/api/policy-articles?where[_status][equals]=draft',
  ]) {
    expect(await (await request.get(path)).text()).not.toContain(title)
  }
  expect([401, 403]).toContain((await request.get('/api/policy-articles/versions')).status())
  expect([401, 403]).toContain((await request.get('/api/users')).status())

  const graphql = await request.post('/api/graphql', {
    data: {
      query: `{ PolicyArticles(draft: true, limit: 100) { docs { title } } Users { docs { email } } }`,
    },
  })
  const body = await graphql.text()
  expect(body).not.toContain(title)
  expect(body).not.toContain('@example.test')
  expect(body).toContain('Digital Economy')

  const wrongSecret = await request.post('/api/revalidate', {
    headers: { Authorization: 'Bearer not-the-secret' },
  })
  expect(wrongSecret.status()).toBe(401)

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).not.toContain(title.toLowerCase().replace(/\s+/g, '-'))
  await adminContext.close()
})
