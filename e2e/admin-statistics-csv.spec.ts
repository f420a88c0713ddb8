import { readFile } from 'node:fs/promises'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { ADMIN_STATE } from './helpers/accounts'

test.use({ storageState: ADMIN_STATE })

const HEADER = 'country,year,bev,phev,hev,total_new_cars,source,notes'
const BELGIUM_2019 = '/api/ev-statistics?where[country.slug][equals]=belgium&where[year][equals]=2019&depth=0'

/** Deletes Belgium 2019 if it exists: the seed has no such row and later tests count Belgium's rows. */
async function removeBelgium2019(request: APIRequestContext): Promise<void> {
  const found = await request.get(BELGIUM_2019)
  expect(found.ok(), await found.text()).toBe(true)
  const { docs } = (await found.json()) as { docs: { id: number | string }[] }
  for (const { id } of docs) expect((await request.delete(`/api/ev-statistics/${id}`)).ok()).toBe(true)
}

/** Picks a CSV file in the statistics list's import form. */
async function chooseCsv(page: Page, name: string, lines: string[]): Promise<void> {
  await page.getByLabel('CSV file to import').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  })
}

/** The text of Belgium's public statistics table, as a visitor sees it now. */
async function belgiumTable(page: Page): Promise<string> {
  await page.goto('/countries/belgium')
  return page.getByRole('table').innerText()
}

test.beforeEach(async ({ page }) => removeBelgium2019(page.request))
test.afterEach(async ({ page }) => removeBelgium2019(page.request))

test('an admin imports statistics from a CSV: a bad row stops it, a valid file shows on the page', async ({
  page,
}) => {
  const before = await belgiumTable(page)
  expect(before).not.toContain('2019')

  await page.goto('/admin/collections/ev-statistics')
  await chooseCsv(page, 'with-error.csv', [HEADER, 'belgium,2019,4321,,,,,', 'BE,2017,-5,,,,,'])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const problems = page.getByRole('alert').filter({ hasText: 'Nothing was imported' })
  await expect(problems.getByRole('listitem')).toHaveText(['line 3: bev must be at least 0 (got -5)'])
  expect(await belgiumTable(page)).toBe(before)

  await page.goto('/admin/collections/ev-statistics')
  await chooseCsv(page, 'belgium-2019.csv', ['Country,Year,BEV,PHEV,HEV', 'belgium,2019,4321,1234,'])
  await page.getByRole('button', { name: 'Check', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Check passed' })).toHaveText(
    'Check passed: 1 new, 0 updated. Nothing was written yet.',
  )
  expect(await belgiumTable(page)).toBe(before)

  await page.goto('/admin/collections/ev-statistics')
  await chooseCsv(page, 'belgium-2019.csv', ['Country,Year,BEV,PHEV,HEV', 'belgium,2019,4321,1234,'])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported: 1 new, 0 updated.',
  )

  await page.goto('/countries/belgium')
  const year2019 = page.getByRole('table').getByRole('row', { name: /2019/ })
  await expect(year2019).toContainText('4,321')
  await expect(year2019).toContainText('1,234')
  await expect(year2019).toContainText('no data')
})

test('an admin downloads the statistics as CSV in the import format', async ({ page }) => {
  await page.goto('/admin/collections/ev-statistics')
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('ev-statistics.csv')
  const lines = (await readFile(await file.path(), 'utf8')).split('\r\n')
  expect(lines[0]).toBe(HEADER)
  expect(lines).toContain('BE,2018,3733,9704,13226,,,')
})
