import { expect, test } from '@playwright/test'

import { ADMIN_STATE } from './helpers/accounts'
import { waitForDocumentForm } from './helpers/admin'

test.use({ storageState: ADMIN_STATE })

// Below the releases e2e/open-data.spec.ts publishes later (2099.x): a new one must be the newest.
const VERSION = '2098.1'

test('an admin publishes a data release from the admin, and its frozen files are served', async ({
  page,
  playwright,
  baseURL,
}) => {
  await page.goto('/admin/collections/data-releases/create')
  await waitForDocumentForm(page)
  await page.getByLabel(/^version/i).fill('2098.01')
  await page.getByRole('button', { name: /^save/i }).click()
  // A malformed version is refused next to the field, and nothing is published.
  await expect(page.getByText(/is not a release version/i).first()).toBeVisible()
  await page.getByLabel(/^version/i).fill(VERSION)
  await page.getByLabel(/^notes/i).fill('Published from the admin')
  await page.getByRole('button', { name: /^save/i }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/collections\/data-releases\/[0-9a-f]+$/)

  const visitor = await playwright.request.newContext({ baseURL })
  try {
    const files = await visitor.get(`/data/releases/${VERSION}/datapackage.json`)
    expect(files.status()).toBe(200)
    expect(((await files.json()) as { version: string }).version).toBe(VERSION)
    const malformed = await visitor.get('/data/releases/2098.01/datapackage.json')
    expect(malformed.status()).toBe(400)
  } finally {
    await visitor.dispose()
  }
  await page.goto(`/data/releases/${VERSION}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Data release ${VERSION}`)
  await expect(page.getByText('Published from the admin')).toBeVisible()
})
