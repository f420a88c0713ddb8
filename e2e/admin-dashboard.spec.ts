import { expect, test } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { tabTo } from './helpers/admin'
import { expectNoSeriousViolations } from './helpers/axe'

test.use({ storageState: ADMIN_STATE })

test('the dashboard lists a country without figures for the latest year, and its link opens the country', async ({
  page,
}, testInfo) => {
  const name = uniqueName('Figureless')
  const created = await page.request.post('/api/countries', {
    data: { name, isoCode: 'IS', _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string } }

  try {
    await page.goto('/admin')
    const check = page.getByRole('region', { name: /^Countries without figures for \d{4}$/ })
    const link = check.getByRole('link', { name })
    await expect(link).toBeVisible()
    await expect(check.getByRole('link', { name: 'Belgium' })).toHaveCount(0)
    await expectNoSeriousViolations(page, testInfo, { include: '.evcp-attention', label: 'dashboard' })

    // With the keyboard alone.
    await tabTo(page, () => link.evaluate((element) => element === document.activeElement))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/admin/collections/countries/${doc.id}$`))
    await expect(page.getByLabel(/^name/i)).toHaveValue(name)
  } finally {
    expect((await page.request.delete(`/api/countries/${doc.id}`)).ok()).toBe(true)
  }
})

test('the dashboard lists drafts with unpublished changes, linking to them', async ({ page }) => {
  const title = uniqueName('Draft article')
  const belgium = await page.request.get('/api/countries?where[slug][equals]=belgium&depth=0')
  const { docs } = (await belgium.json()) as { docs: { id: number | string }[] }
  const created = await page.request.post('/api/policy-articles?draft=true', {
    data: { title, country: docs[0]?.id, _status: 'draft' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string } }
  try {
    await page.goto('/admin')
    const link = page
      .getByRole('region', { name: 'Drafts with unpublished changes' })
      .getByRole('link', { name: `Policy article: ${title}` })
    await expect(link).toHaveAttribute('href', `/admin/collections/policy-articles/${doc.id}`)
  } finally {
    expect((await page.request.delete(`/api/policy-articles/${doc.id}`)).ok()).toBe(true)
  }
})
