import { expect, test } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { countryIdOf, waitForDocumentForm } from './helpers/admin'

test.use({ storageState: ADMIN_STATE })

test('"Publish changes" clicked once while typing, as an autosave runs, publishes what was typed', async ({
  page,
  browser,
}) => {
  const title = uniqueName('Publish check')
  const created = await page.request.post('/api/policy-articles', {
    data: { title, country: await countryIdOf(page.request, 'belgium'), _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string; slug: string } }

  // Hold the autosave until the click has landed, so the click surely comes while it runs.
  let releaseAutosave = () => {}
  const held = new Promise<void>((resolve) => (releaseAutosave = resolve))
  let autosaveStarted = () => {}
  const started = new Promise<void>((resolve) => (autosaveStarted = resolve))
  await page.route(
    (url) =>
      url.pathname.endsWith(`/api/policy-articles/${doc.id}`) && url.searchParams.get('autosave') === 'true',
    async (route) => {
      autosaveStarted()
      await held
      await route.continue()
    },
  )

  await page.goto(`/admin/collections/policy-articles/${doc.id}`)
  await waitForDocumentForm(page)
  const field = page.getByLabel(/^title/i)
  await field.click()
  await field.press('End')
  await page.keyboard.type(' revised', { delay: 50 })
  await started
  // One click, and no waiting for the button: Payload's own button stays disabled during an autosave.
  await page.getByRole('button', { name: /^publish changes/i }).click({ timeout: 5_000 })
  releaseAutosave()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()

  const visitor = await browser.newContext()
  const published = await visitor.request.get(`/api/policy-articles/${doc.id}?depth=0`)
  expect(((await published.json()) as { title: string }).title).toBe(`${title} revised`)
  const pageText = await (await visitor.request.get(`/policies/${doc.slug}`)).text()
  expect(pageText).toContain(`${title} revised`)
  await visitor.close()
  expect((await page.request.delete(`/api/policy-articles/${doc.id}`)).ok()).toBe(true)
})
