import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { uniqueName } from './helpers/accounts'
import { runImport } from './helpers/runImport'

/**
 * A legacy country page with the given 2018 BEV figure. The ISO code AT is used by no other e2e
 * test; the name is new on every run, so no page or data cached by an earlier run can match it.
 */
function legacyPage(name: string, bev2018: number): string {
  const bev = [null, null, bev2018, 8765, null, null, null, null, null, null, null]
  return [
    '---',
    `name: "${name}"`,
    'flag: "https://lipis.github.io/flag-icon-css/flags/4x3/at.svg"',
    `BEV: "${JSON.stringify(bev)}"`,
    'PHEV: "[null, null, 2345, null, null, null, null, null, null, null, null]"',
    'HEV: "[null, null, null, null, null, null, null, null, null, null, null]"',
    'contactName: "Anna Beispiel"',
    'contactAffiliation: "AustriaTech"',
    'contactEmail: "anna.beispiel@example.at"',
    'onGoings: [1, 23]',
    'completedTasks: [7]',
    '---',
    '## Outlook',
    `${name} keeps extending its charging network.`,
    '',
  ].join('\n')
}

function countryLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Countries' }).getByRole('link', { name })
}

test('an imported country appears on the site on the very next request, and so does a changed figure', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000)
  if (!baseURL) throw new Error('baseURL is not configured')
  const name = uniqueName('Freshland')
  const slug = name.toLowerCase().replace(/\s+/g, '-')
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'evcp-e2e-import-')), 'freshland.txt')

  // Render both pages first, so their cached versions without the new country exist.
  await page.goto('/countries')
  await expect(page.getByRole('link', { name: /Belgium/ }).first()).toBeVisible()
  await expect(countryLink(page, name)).toHaveCount(0)
  expect((await page.goto(`/countries/${slug}`))?.status()).toBe(404)

  await writeFile(file, legacyPage(name, 43210), 'utf8')
  const first = await runImport([file], baseURL)
  expect(first.output).toContain(`Refreshed the pages of the running site at ${baseURL}.`)
  expect(first.output).toContain('imported 1, updated 0, rejected 0, warnings 0')
  expect(first.code).toBe(0)

  await page.goto('/countries')
  await expect(countryLink(page, name)).toHaveAttribute('href', `/countries/${slug}`)

  expect((await page.goto(`/countries/${slug}`))?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByRole('img', { name: `Flag of ${name}` }).first()).toHaveAttribute(
    'src',
    '/flags/at.svg',
  )
  await expect(page.getByRole('table').getByRole('row', { name: /2018/ })).toContainText('43,210')
  await expect(page.getByText('Anna Beispiel')).toBeVisible()

  await writeFile(file, legacyPage(name, 54321), 'utf8')
  const second = await runImport([file], baseURL)
  expect(second.output).toContain(`Refreshed the pages of the running site at ${baseURL}.`)
  expect(second.output).toContain('imported 0, updated 1, rejected 0, warnings 0')
  expect(second.code).toBe(0)

  await page.goto(`/countries/${slug}`)
  const row2018 = page.getByRole('table').getByRole('row', { name: /2018/ })
  await expect(row2018).toContainText('54,321')
  await expect(row2018).not.toContainText('43,210')
  await expect(page.getByRole('table').getByRole('row', { name: /2017/ })).toContainText('8,765')
})
