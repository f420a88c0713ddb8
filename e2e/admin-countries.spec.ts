import { expect, type Page, test } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { waitForDocumentForm } from './helpers/admin'

test.use({ storageState: ADMIN_STATE })

/** Opens a new country form; with autosave, Payload first creates a draft and moves to its URL. */
async function openNewCountryForm(page: Page): Promise<void> {
  await page.goto('/admin/collections/countries/create')
  await expect(page).toHaveURL(/\/admin\/collections\/countries\/[0-9a-f]+$/)
  await expect(page.getByLabel(/^name/i)).toBeEditable()
  await waitForDocumentForm(page)
}

test('an admin creates a country through the admin form and sees it listed', async ({ page }) => {
  const name = uniqueName('Testland')
  await openNewCountryForm(page)
  await page.getByLabel(/^name/i).fill(name)
  await page.getByLabel(/^iso code/i).fill('lu')
  // One click: a click that lands during an autosave is kept, not lost.
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
  await openNewCountryForm(page)
  await page.getByLabel(/^name/i).fill(name)
  await page.getByLabel(/^iso code/i).fill('XX')
  // One click: a click that lands during an autosave is kept, not lost.
  await page.getByRole('button', { name: /^publish/i }).click()
  await expect(page.getByText(/"XX" is not an ISO 3166-1 alpha-2 country code/)).toBeVisible()

  // Autosave may keep the editor's work as a private draft, but nothing invalid is published.
  const response = await page.request.get(
    `/api/countries?where[name][equals]=${encodeURIComponent(name)}&where[_status][equals]=published`,
  )
  const { totalDocs } = (await response.json()) as { totalDocs: number }
  expect(totalDocs).toBe(0)
})
