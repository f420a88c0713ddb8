import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { findFirst } from './helpers/api'
import { collectConsoleErrors } from './helpers/console'

/** The headings of the seed article, read from the seed file itself. */
function seedHeadings(): { level: number; text: string }[] {
  return readFileSync('seed/belgium-digital-economy.md', 'utf8')
    .split('\n')
    .flatMap((line) => {
      const match = /^(#{2,4}) (.+)$/.exec(line)
      return match?.[1] && match[2] ? [{ level: match[1].length, text: match[2].trim() }] : []
    })
}

test('the Digital Economy article shows every section heading and a working table of contents', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page)
  await page.goto('/policies/belgium-digital-economy')
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Economy' })).toBeVisible()
  const headings = seedHeadings()
  expect(headings.length).toBeGreaterThan(20)
  const article = page.getByRole('article')
  for (const heading of headings) {
    await expect(
      article.getByRole('heading', { level: heading.level, name: heading.text, exact: true }),
    ).toBeVisible()
  }
  const toc = page.getByRole('navigation', { name: 'Table of contents' })
  await toc.getByRole('link', { name: 'Data protection' }).click()
  await expect(page).toHaveURL(/#data-protection$/)
  await expect(page.locator('#data-protection')).toHaveText('Data protection')
  await expect(page.getByText('(spell out -what is that?)', { exact: false })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Belgium' }).first()).toBeVisible()
  expect(errors).toEqual([])
})

test('a task page lists the countries that take part', async ({ page }) => {
  await page.goto('/tasks/23')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Task 23: Light-Electric-Vehicle Parking/)
  await expect(page.getByText('2013–2021')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Belgium' })).toHaveAttribute('href', '/countries/belgium')
  await page.goto('/tasks?status=completed')
  await expect(page.getByRole('link', { name: /^Task 7: Hybrid Vehicles$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Task 23:/ })).toHaveCount(0)
})

test('compare ignores unknown countries with a notice, and the form works without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/compare?countries=belgium,atlantis')
  await expect(page.getByRole('status')).toContainText('atlantis')
  await expect(page.getByLabel('Filter the list')).toBeHidden()
  await expect(page.getByRole('table').first()).toContainText('3,733')
  await expect(page.getByRole('checkbox', { name: 'Belgium' })).toBeChecked()
  await page.getByRole('link', { name: /Remove/ }).click()
  await expect(page).toHaveURL(/\/compare$/)
  await expect(page.getByRole('checkbox', { name: 'Belgium' })).not.toBeChecked()
  await page.getByLabel('Belgium').check()
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/countries=belgium/)
  await expect(page.getByRole('heading', { name: /Battery electric vehicles/ })).toBeVisible()
  await context.close()
})

test('with JavaScript, a field narrows the compare list by name and keeps what was chosen', async ({
  page,
}) => {
  await page.goto('/compare')
  const choices = page.getByRole('group', { name: 'Countries to compare' }).getByRole('checkbox')
  const total = await choices.count()
  expect(total).toBeGreaterThan(0)
  await page.getByLabel('Belgium').check()
  await page.getByLabel('Filter the list').fill('BELG')
  await expect(choices).toHaveCount(1)
  await expect(page.getByText(`1 of ${total} shown`)).toBeVisible()
  await page.getByLabel('Filter the list').fill('no such country')
  await expect(choices).toHaveCount(0)
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/countries=belgium/)
})

test('countries list filters without JavaScript; search finds the article section', async ({ page }) => {
  await page.goto('/countries?q=bel')
  await expect(
    page.getByRole('navigation', { name: 'Countries' }).getByRole('link', { name: /Belgium/ }),
  ).toBeVisible()
  await page.goto('/countries?q=zzz')
  await expect(page.getByText('No country matches')).toBeVisible()

  await page.goto('/search?q=quantum+communication')
  const result = page.getByRole('link', { name: 'Digital Economy' }).first()
  await expect(result).toHaveAttribute('href', /\/policies\/belgium-digital-economy#quantum/)
  for (const query of ['', '%00%ff', 'x'.repeat(5000), '<script>alert(1)</script>', '"\'--;']) {
    const response = await page.goto(`/search?q=${query}`)
    expect(response?.status()).toBe(200)
  }
})

test('unknown pages are real 404s; sitemap and robots are served', async ({ page, request }) => {
  expect((await page.goto('/countries/atlantis'))?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  expect((await request.get('/policies/no-such-article')).status()).toBe(404)
  expect((await request.get('/tasks/9999')).status()).toBe(404)
  expect((await request.get('/no/such/page')).status()).toBe(404)

  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const path of ['/countries/belgium', '/policies/belgium-digital-economy', '/tasks/23']) {
    expect(sitemap).toContain(path)
  }
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Disallow: \/admin/)
})

test('a long list of articles comes in pages of 50 that keep the filter', async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const belgium = await findFirst<{ id: string | number }>(
    admin.request,
    '/api/countries?where[slug][equals]=belgium&depth=0',
  )
  const topic = uniqueName('Paging')
  const ids: Array<string | number> = []
  const visitor = await browser.newContext()
  try {
    for (let i = 1; i <= 51; i += 1) {
      const created = await admin.request.post('/api/policy-articles', {
        data: {
          title: `${topic} ${String(i).padStart(2, '0')}`,
          country: belgium.id,
          topic,
          _status: 'published',
        },
      })
      expect(created.status(), await created.text()).toBe(201)
      ids.push(((await created.json()) as { doc: { id: string | number } }).doc.id)
    }
    const page = await visitor.newPage()
    await page.goto(`/policies?topic=${encodeURIComponent(topic)}`)
    const titles = page.getByRole('main').getByRole('heading', { level: 2 })
    const pages = page.getByRole('navigation', { name: 'Pages of articles' })
    await expect(titles).toHaveCount(50)
    await expect(pages).toContainText('Page 1 of 2')
    await expect(page.getByText(/^51 of \d+ articles on .*; 1–50 shown$/)).toBeVisible()

    await pages.getByRole('link', { name: 'Next page' }).click()
    await expect(page).toHaveURL(/topic=.*&page=2$/)
    await expect(titles).toHaveCount(1)
    await expect(pages).toContainText('Page 2 of 2')
    await pages.getByRole('link', { name: 'Previous page' }).click()
    await expect(titles).toHaveCount(50)

    // A page past the end shows the last one.
    await page.goto(`/policies?topic=${encodeURIComponent(topic)}&page=9`)
    await expect(pages).toContainText('Page 2 of 2')
  } finally {
    for (const id of ids) await admin.request.delete(`/api/policy-articles/${id}`)
    await Promise.all([admin.close(), visitor.close()])
  }
})
