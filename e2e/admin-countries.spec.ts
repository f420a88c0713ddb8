import { expect, test } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'

test.use({ storageState: ADMIN_STATE })

test('an admin creates a country through the admin form and sees it listed', async ({ page }) => {
  const name = uniqueName('Testland')
  await page.goto('/admin/collections/countries/create')
  await page.getByLabel(/^name/i).fill(name)
  await page.getByLabel(/^iso code/i).fill('lu')
  await page.getByRole('button', { name: /^publish/i }).click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/collections\/countries\/[0-9a-f]+$/)

  await page.goto('/admin/collections/countries')
  await expect(page.getByRole('link', { name })).toBeVisible()

  const response = await page.request.get(`/api/countries?where[name][equals]=${encodeURIComponent(name)}`)
  const { docs } = (await response.json()) as { docs: { isoCode: string; slug: string; _status: string }[] }
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({
    isoCode: 'LU',
    slug: name.toLowerCase().replace(/\s+/g, '-'),
    _status: 'published',
  })
})

test('a validation error shows next to the field and nothing invalid is published', async ({ page }) => {
  const name = uniqueName('Invalidland')
  await page.goto('/admin/collections/countries/create')
  await page.getByLabel(/^name/i).fill(name)
  await page.getByLabel(/^iso code/i).fill('XX')
  await page.getByRole('button', { name: /^publish/i }).click()
  await expect(page.getByText(/"XX" is not an ISO 3166-1 alpha-2 country code/)).toBeVisible()

  // Autosave may keep the editor's work as a private draft, but nothing invalid is published.
  const response = await page.request.get(
    `/api/countries?where[name][equals]=${encodeURIComponent(name)}&where[_status][equals]=published`,
  )
  const { totalDocs } = (await response.json()) as { totalDocs: number }
  expect(totalDocs).toBe(0)
})
