import { expect, test } from '@playwright/test'

import { ADMIN_STATE } from './helpers/accounts'
import { findFirst } from './helpers/api'

// New passenger cars registered in Belgium in 2018; the seed has no totals.
const BELGIUM_2018_TOTAL = 549_632
const SHARES_2018 = '549632,0.0068,0.0177,0.0241,0.0244'

test('Belgium with a 2018 total shows its 2018 shares on the page and in both CSV files', async ({
  browser,
  request,
}) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const statistic = await findFirst<{ id: string | number }>(
    admin.request,
    '/api/ev-statistics?where[year][equals]=2018&where[country.slug][equals]=belgium&depth=0',
  )
  const setTotal = async (totalNewCars: number | null) => {
    const saved = await admin.request.patch(`/api/ev-statistics/${statistic.id}`, { data: { totalNewCars } })
    expect(saved.ok(), await saved.text()).toBe(true)
  }
  try {
    await setTotal(BELGIUM_2018_TOTAL)
    const page = await admin.newPage()
    await page.goto('/countries/belgium')
    const shares = page.getByRole('table', { name: 'Share of new passenger cars in Belgium' })
    const row2018 = shares.getByRole('row', { name: /^2018/ })
    for (const cell of ['549,632', '0.68%', '1.8%', '2.4%', '2.4%']) await expect(row2018).toContainText(cell)
    // Years without a total have no share, never one computed from partial figures.
    await expect(shares.getByRole('row', { name: /^2017/ })).toContainText('no data')
    await expect(
      page.getByRole('document', { name: /Share of new passenger cars in Belgium by year/ }),
    ).toBeVisible()
    const glance = page.getByRole('region', { name: 'At a glance: 2018' })
    await expect(glance).toContainText('Plug-in share of new cars')
    await expect(glance).toContainText('2.4%')
    // Other tests add members: the rank is among however many report 2018.
    await expect(glance).toContainText(/BEV registrations: \d+(st|nd|rd|th) of \d+ members? reporting 2018\./)
    await expect(glance).toContainText(
      /Plug-in share of new cars: \d+(st|nd|rd|th) of \d+ members? reporting 2018\./,
    )

    const country = (await (await request.get('/countries/belgium/ev-statistics.csv')).text()).split('\r\n')
    expect(country[0]).toBe('year,bev,phev,hev,total_new_cars,bev_share,phev_share,hev_share,plugin_share')
    expect(country).toContain(`2018,3733,9704,13226,${SHARES_2018}`)
    expect(country).toContain('2017,2705,11832,12235,,,,,')
    const all = await (await request.get('/ev-statistics.csv')).text()
    expect(all).toContain(`Belgium,BE,2018,3733,9704,13226,${SHARES_2018}`)
  } finally {
    await setTotal(null)
    await admin.close()
  }
})
