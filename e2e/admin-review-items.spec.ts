import { expect, test } from '@playwright/test'

import { ADMIN_STATE } from './helpers/accounts'
import { findFirst } from './helpers/api'

test.use({ storageState: ADMIN_STATE })

test('the seed article’s open questions are listed in the admin sidebar with their sentences', async ({
  page,
}, testInfo) => {
  const article = await findFirst<{ id: string | number }>(
    page.request,
    '/api/policy-articles?where[slug][equals]=belgium-digital-economy&depth=0',
  )
  await page.goto(`/admin/collections/policy-articles/${article.id}`)
  const sidebar = page.locator('.document-fields__sidebar')
  await expect(sidebar.getByText('Open questions', { exact: true })).toBeVisible()
  const notes = sidebar.getByLabel('Note')
  await expect(notes).toHaveCount(4)
  await expect(notes.first()).toHaveValue('(in DESI?)')
  await expect(sidebar.getByLabel('In the sentence').first()).toHaveValue(
    /where it stands 3rd \(in DESI\?\), and the integration/,
  )
  await expect(notes.first()).toBeDisabled()
  // The body opens in the editor, links included.
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await expect(
    editor.getByRole('link', { name: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' }),
  ).toBeVisible()
  await testInfo.attach('article-sidebar.png', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  })
})
