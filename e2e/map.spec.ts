import { expect, test } from '@playwright/test'

import { collectConsoleErrors } from './helpers/console'

for (const javaScriptEnabled of [false, true]) {
  test(`the map on / links each member to its page and has a table of its values (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    const errors = collectConsoleErrors(page)
    try {
      await page.goto('/?map=bev')
      const map = page.getByRole('group', { name: /^Map of member countries by BEV registrations/ })
      await expect(map).toBeVisible()
      const table = page.getByRole('table', { name: /^BEV registrations: members ranked/ })
      await expect(table.getByRole('row', { name: /Belgium/ })).toContainText('3,733')
      await expect(table.getByRole('row', { name: /Belgium/ })).toContainText('2018')

      // Every member in the table is a link on the map, to its own page.
      const members = await table.getByRole('rowheader').getByRole('link').allTextContents()
      expect(members.length).toBeGreaterThan(0)
      const links = map.getByRole('link')
      await expect(links).toHaveCount(members.length)
      for (const name of members) {
        const link = map.getByRole('link', { name: new RegExp(`^${name}: `) })
        await expect(link).toHaveAttribute('href', /^\/countries\/[a-z0-9-]+$/)
      }
      await expect(map.getByRole('link', { name: 'Belgium: 3,733 (2018)' })).toHaveAttribute(
        'href',
        '/countries/belgium',
      )
      await expect(page.getByText('Legend (new cars)')).toBeVisible()

      await page.getByLabel('Colour the map by').selectOption('hev')
      await page.getByRole('button', { name: 'Show' }).click()
      await expect(page).toHaveURL(/map=hev/)
      await expect(
        page.getByRole('group', { name: /^Map of member countries by HEV registrations/ }),
      ).toBeVisible()
      await page
        .getByRole('group', { name: /^Map of member countries/ })
        .getByRole('link', { name: /^Belgium: / })
        .click()
      await expect(page).toHaveURL(/\/countries\/belgium$/)
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  })
}

test('an unknown indicator falls back with a notice; /countries has the map too', async ({ page }) => {
  await page.goto('/?map=nonsense')
  await expect(page.getByRole('status')).toContainText('Unknown map indicator')
  await page.goto('/countries?q=bel&map=phev')
  await expect(
    page.getByRole('group', { name: /^Map of member countries by PHEV registrations/ }),
  ).toBeVisible()
  // Filtering the list keeps the map's indicator.
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/map=phev/)
})
