import { expect, test } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { countryIdOf, waitForDocumentForm } from './helpers/admin'

test.use({ storageState: ADMIN_STATE })

/** A one-paragraph rich text, as the editor stores it. */
function paragraph(text: string) {
  const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
  const leaf = { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }
  return {
    root: {
      ...block,
      type: 'root',
      children: [{ ...block, type: 'paragraph', textFormat: 0, children: [leaf] }],
    },
  }
}

test('publishing a text with open questions asks first; going back publishes nothing', async ({
  page,
  browser,
}) => {
  const title = uniqueName('Questions check')
  const created = await page.request.post('/api/policy-articles', {
    data: {
      title,
      country: await countryIdOf(page.request, 'belgium'),
      body: paragraph('The agency (spell out -what is that?) runs the scheme.'),
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string } }
  const visitor = await browser.newContext()
  const publishedTitle = async () =>
    (
      (await (await visitor.request.get(`/api/policy-articles/${doc.id}?depth=0`)).json()) as {
        title: string
      }
    ).title

  try {
    await page.goto(`/admin/collections/policy-articles/${doc.id}`)
    await waitForDocumentForm(page)
    const field = page.getByLabel(/^title/i)
    await field.click()
    await field.press('End')
    await page.keyboard.type(' revised')

    await page.getByRole('button', { name: /^publish changes/i }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText('This text still has an open question')).toBeVisible()
    await expect(dialog.getByText('(spell out -what is that?)')).toBeVisible()
    await dialog.getByRole('button', { name: 'Go back' }).click()
    await expect(dialog).toBeHidden()
    expect(await publishedTitle()).toBe(title)

    await page.getByRole('button', { name: /^publish changes/i }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Publish anyway' }).click()
    await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
    expect(await publishedTitle()).toBe(`${title} revised`)
  } finally {
    await visitor.close()
    expect((await page.request.delete(`/api/policy-articles/${doc.id}`)).ok()).toBe(true)
  }
})
