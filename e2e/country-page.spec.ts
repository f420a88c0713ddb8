import { expect, test } from '@playwright/test'

import { collectConsoleErrors } from './helpers/console'

test.describe('the Belgium country page (seeded)', () => {
  test('shows the flag, chart, table, CSV link, narrative, delegate, tasks and articles', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page)
    const response = await page.goto('/countries/belgium')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle(/^Belgium — /)
    await expect(page.getByRole('heading', { level: 1, name: 'Belgium' })).toBeVisible()

    const flag = page.getByRole('img', { name: 'Flag of Belgium' })
    await expect(flag).toHaveAttribute('src', '/flags/be.svg')
    expect((await page.request.get('/flags/be.svg')).headers()['content-type']).toContain('image/svg+xml')

    const glance = page.getByRole('region', { name: 'At a glance: 2018' })
    await expect(glance).toContainText('3,733')
    await expect(glance).toContainText('+38% on 2017')
    await expect(glance).toContainText('Figures last updated:')
    await expect(page.getByText('No year has a total of new passenger cars yet')).toBeVisible()

    await expect(page.getByRole('heading', { name: 'EV adoption by year' })).toBeVisible()
    // One drawing shows at a time (a wide or a narrow one, by the width of the page).
    const chart = page.getByRole('document', { name: /EV adoption in Belgium/ })
    await expect(chart).toHaveCount(1)
    await expect(chart).toBeVisible()

    const table = page.getByRole('table')
    await expect(table.getByRole('row')).toHaveCount(7)
    await expect(table.getByRole('row', { name: /2018/ })).toContainText('3,733')
    await expect(table.getByRole('row', { name: /2018/ })).toContainText('13,226')
    await expect(table.getByRole('row', { name: /2011/ })).toContainText('no data')

    await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/countries/belgium/ev-statistics.csv',
    )
    await expect(page.getByRole('heading', { name: 'Major Developments in 2020' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Outlook' })).toBeVisible()

    await expect(page.getByText('Carlo Mol')).toBeVisible()
    await expect(page.getByText('VITO', { exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: 'carlo.mol@vito.be' })).toHaveAttribute(
      'href',
      'mailto:carlo.mol@vito.be',
    )

    await expect(page.getByRole('link', { name: /^Task 23: Light-Electric-Vehicle/ })).toHaveAttribute(
      'href',
      '/tasks/23',
    )
    await expect(page.getByRole('link', { name: /^Task 7: Hybrid Vehicles/ })).toHaveAttribute(
      'href',
      '/tasks/7',
    )
    await expect(page.getByRole('link', { name: 'Digital Economy' }).first()).toHaveAttribute(
      'href',
      '/policies/belgium-digital-economy',
    )
    expect(errors).toEqual([])
  })

  test('the CSV has the figures, years ascending, empty cells for no data', async ({ request }) => {
    const response = await request.get('/countries/belgium/ev-statistics.csv')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('text/csv')
    expect(response.headers()['content-disposition']).toContain('belgium-ev-statistics.csv')
    // The seed has no totals of new cars: the share columns stay empty.
    expect((await response.text()).split('\r\n')).toEqual([
      'year,bev,phev,hev,total_new_cars,bev_share,phev_share,hev_share,plugin_share',
      '2011,263,,,,,,,',
      '2012,568,340,5675,,,,,',
      '2013,507,262,6086,,,,,',
      '2014,1163,851,7547,,,,,',
      '2017,2705,11832,12235,,,,,',
      '2018,3733,9704,13226,,,,,',
      '',
    ])
    const all = await (await request.get('/ev-statistics.csv')).text()
    expect(all.split('\r\n')[0]).toBe(
      'country,iso_code,year,bev,phev,hev,total_new_cars,bev_share,phev_share,hev_share,plugin_share',
    )
    expect(all).toContain('Belgium,BE,2018,3733,9704,13226,,,,,')
  })

  test('works without JavaScript: chart, table and links are in the HTML', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/countries/belgium')
    const chart = page.getByRole('document', { name: /EV adoption in Belgium/ })
    await expect(chart).toBeVisible()
    await expect(chart.locator('path').first()).toBeAttached()
    // One named stop, then the table: the points are reached once JavaScript runs.
    await expect(chart).toHaveAttribute('tabindex', '0')
    await expect(chart.getByRole('img')).toHaveCount(0)
    await expect(page.getByRole('table')).toContainText('3,733')
    await expect(page.getByRole('link', { name: 'Download CSV' })).toBeVisible()
    await expect(page.getByRole('link', { name: /^Task 23:/ })).toBeVisible()
    await context.close()
  })
})
