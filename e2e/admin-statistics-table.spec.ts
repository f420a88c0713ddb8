import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { countryIdOf, tabTo, waitForDocumentForm } from './helpers/admin'
import { createEditor, signInThroughAdmin } from './helpers/api'
import { expectNoSeriousViolations } from './helpers/axe'

test.describe.configure({ mode: 'serial' })

const CSV = '/countries/belgium/ev-statistics.csv'
const BELGIUM = '/api/ev-statistics?where[country.slug][equals]=belgium&depth=0&limit=100'

/** Puts Belgium's figures back as seeded: later tests count its rows and read its numbers. */
async function restoreBelgium(request: APIRequestContext): Promise<void> {
  const response = await request.get(BELGIUM)
  const { docs } = (await response.json()) as { docs: { id: number | string; year: number }[] }
  const seeded: Record<number, object> = { 2017: { phev: 11832 }, 2018: { hev: 13226, bev: 3733 } }
  for (const { id, year } of docs) {
    const values = seeded[year]
    if (year === 2019) expect((await request.delete(`/api/ev-statistics/${id}`)).ok()).toBe(true)
    else if (values)
      expect((await request.patch(`/api/ev-statistics/${id}`, { data: values })).ok()).toBe(true)
  }
}

/** An editor's page on Belgium's edit screen, and how many table saves it sent. */
async function openBelgiumAsEditor(browser: Browser, admin: APIRequestContext) {
  const editor = await createEditor(admin, `${uniqueName('table-editor').replace(/\s/g, '-')}@example.test`)
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInThroughAdmin(page, editor.email, editor.password)
  const saves: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/ev-statistics/table'))
      saves.push(request.url())
  })
  await page.goto(`/admin/collections/countries/${await countryIdOf(page.request, 'belgium')}`)
  await waitForDocumentForm(page)
  return { page, saves, close: () => context.close() }
}

function cell(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true })
}

test.beforeEach(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  await restoreBelgium(admin.request)
  await admin.close()
})
test.afterEach(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  await restoreBelgium(admin.request)
  await admin.close()
})

test("an editor corrects two values and adds a year in Belgium's table, saves once, and the page and CSV show all three", async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const { page, saves, close } = await openBelgiumAsEditor(browser, admin.request)
  const visitor = await browser.newContext()
  expect(await (await visitor.request.get(CSV)).text()).toContain('2017,2705,11832,12235')

  await cell(page, 'PHEV, 2017').fill('11,900')
  await cell(page, 'HEV, 2018').fill('13300')
  await page.getByRole('button', { name: 'Add a year' }).click()
  await expect(cell(page, 'Year, new row 1')).toHaveValue('2019')
  await cell(page, 'BEV, new row 1').fill('5000')
  await cell(page, 'PHEV, new row 1').fill('1500')
  await page.getByRole('button', { name: 'Save statistics' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved: 1 new, 2 updated.')
  expect(saves).toHaveLength(1)

  const csv = await (await visitor.request.get(CSV)).text()
  expect(csv).toContain('2017,2705,11900,12235')
  expect(csv).toContain('2018,3733,9704,13300')
  expect(csv).toContain('2019,5000,1500,')
  const pageText = await (await visitor.request.get('/countries/belgium')).text()
  for (const figure of ['11,900', '13,300', '5,000', '1,500']) expect(pageText).toContain(figure)
  await Promise.all([close(), visitor.close(), admin.close()])
})

test('an invalid cell shows its message next to it, and nothing is written', async ({
  browser,
}, testInfo) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const { page, saves, close } = await openBelgiumAsEditor(browser, admin.request)
  const before = await (await admin.request.get(CSV)).text()

  await cell(page, 'HEV, 2018').fill('13300')
  await cell(page, 'BEV, 2018').fill('37x3')
  await page.getByRole('button', { name: 'Save statistics' }).click()
  await expect(cell(page, 'BEV, 2018')).toHaveAccessibleDescription('BEV "37x3" is not a number')
  await expect(cell(page, 'BEV, 2018')).toHaveAttribute('aria-invalid', 'true')
  await expect(cell(page, 'BEV, 2018')).toBeFocused()
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible()
  await expectNoSeriousViolations(page, testInfo, { include: '.evcp-stats', label: 'statistics table' })

  expect(saves).toEqual([])
  expect(await (await admin.request.get(CSV)).text()).toBe(before)
  await Promise.all([close(), admin.close()])
})

test('rows pasted from a spreadsheet fill the table, and the keyboard alone saves them', async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const { page, close } = await openBelgiumAsEditor(browser, admin.request)

  const first = cell(page, 'BEV, 2011')
  await first.focus()
  await first.evaluate((element) => {
    const data = new DataTransfer()
    data.setData('text/plain', 'Year\tBEV\tPHEV\tHEV\n2018\t3733\t9704\t13300\n2019\t4,000\t900\t\n')
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  })
  await expect(page.getByRole('status').filter({ hasText: 'Pasted' })).toHaveText(
    'Pasted 2 rows. Check them, then save.',
  )
  await expect(cell(page, 'HEV, 2018')).toHaveValue('13300')
  await expect(cell(page, 'Year, new row 1')).toHaveValue('2019')
  await expect(cell(page, 'BEV, new row 1')).toHaveValue('4,000')

  // Enter moves down a column, as in a spreadsheet, and never submits the country's form.
  await cell(page, 'HEV, 2018').focus()
  await page.keyboard.press('Enter')
  await expect(cell(page, 'HEV, new row 1')).toBeFocused()
  await page.keyboard.type('250')
  const save = page.getByRole('button', { name: 'Save statistics' })
  await tabTo(page, () => save.evaluate((element) => element === document.activeElement))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved: 1 new, 1 updated.')
  expect(await (await admin.request.get(CSV)).text()).toContain('2019,4000,900,250')
  await Promise.all([close(), admin.close()])
})
