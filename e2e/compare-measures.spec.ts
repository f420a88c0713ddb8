import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'

// A second country beside the seeded Belgium, with totals and a year of 0 BEV.
const NAME = uniqueName('Compareland')
const FIGURES = [
  { year: 2016, bev: 0, phev: 100, hev: 500, totalNewCars: 10_000 },
  { year: 2017, bev: 50, phev: 150, hev: 600, totalNewCars: 12_000 },
  { year: 2018, bev: 500, phev: 200, hev: 700, totalNewCars: 15_000 },
]

let slug = ''
let countryId: string | number | undefined

test.beforeAll(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  try {
    const created = await admin.request.post('/api/countries', {
      data: { name: NAME, isoCode: 'IS', _status: 'published' },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string | number; slug: string } }
    countryId = doc.id
    slug = doc.slug
    for (const figures of FIGURES) {
      const saved = await admin.request.post('/api/ev-statistics', { data: { country: doc.id, ...figures } })
      expect(saved.status(), await saved.text()).toBe(201)
    }
  } finally {
    await admin.close()
  }
})

test.afterAll(async ({ browser }) => {
  if (countryId === undefined) return
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  await admin.request.delete(`/api/ev-statistics?where[country][equals]=${countryId}`)
  await admin.request.delete(`/api/countries/${countryId}`)
  await admin.close()
})

const compare = (query: string) => `/compare?countries=belgium,${slug}&${query}`

/** The title of every chart on the page, in order. */
const chartTitles = (page: Page) =>
  page
    // Charts are named documents (graphics-document); the page's own <html> has no name.
    .getByRole('document', { name: /\S/ })
    .evaluateAll((charts) => charts.map((chart) => chart.querySelector(':scope > title')?.textContent ?? ''))

async function checkShare(page: Page, request: APIRequestContext) {
  await page.goto(compare('measure=share'))
  await expect(page).toHaveTitle(/^Compare countries by share of new cars — /)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare countries by share of new cars')
  const table = page.getByRole('table', { name: 'Plug-in share of new passenger cars, by year' })
  const row = table.getByRole('row', { name: /^2018/ })
  await expect(row).toContainText('4.7%')
  // Belgium has no totals: no shares, never shares of partial figures.
  await expect(row).toContainText('no data')
  const csv = page.getByRole('link', { name: 'Download CSV' })
  await expect(csv).toHaveAttribute('href', /measure=share/)
  const text = await (await request.get((await csv.getAttribute('href')) ?? '')).text()
  expect(text.split('\r\n')[0]).toBe(
    'country,iso_code,year,total_new_cars,plugin_share,bev_share,phev_share,hev_share',
  )
  expect(text).toContain(`${NAME},IS,2018,15000,0.0467,0.0333,0.0133,0.0467`)
  return chartTitles(page)
}

async function checkIndex(page: Page) {
  await page.goto(compare('measure=index'))
  await expect(page).toHaveTitle(/^Compare countries by growth \(first year = 100\) — /)
  await expect(
    page.getByText(`Index base (= 100): Belgium 2011, ${NAME} 2017.`, { exact: true }),
  ).toBeVisible()
  const table = page.getByRole('table', { name: /^BEV new registrations as an index/ })
  // BEV 0 in 2016 cannot be a base: 2017 is 100, 2018 ten times that.
  await expect(table.getByRole('row', { name: /^2017/ })).toContainText('100')
  await expect(table.getByRole('row', { name: /^2018/ })).toContainText('1,000')
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', /measure=index/)
  return chartTitles(page)
}

async function checkLog(page: Page) {
  await page.goto(compare('scale=log'))
  await expect(page).toHaveTitle(/^Compare countries by new registrations — /)
  const chart = page.getByRole('document', {
    name: /^BEV new registrations of passenger cars, by year and country/,
  })
  await expect(chart.getByText('New registrations (log scale)')).toBeAttached()
  for (const tick of ['10', '100', '1,000', '10,000'])
    await expect(chart.getByText(tick, { exact: true })).toBeAttached()
  await expect(
    page.locator('p', { hasText: 'Values of 0 cannot be shown on a logarithmic scale' }).first(),
  ).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Logarithmic' })).toBeChecked()
  return chartTitles(page)
}

for (const javaScriptEnabled of [false, true]) {
  test(`compare by share, by growth index and on a log scale, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    try {
      const share = await checkShare(page, request)
      const index = await checkIndex(page)
      const log = await checkLog(page)
      expect(share).toHaveLength(4)
      expect(index).toHaveLength(3)
      expect(new Set([...share, ...index, ...log]).size).toBe(share.length + index.length + log.length)

      // The form switches measure and scale, with or without JavaScript.
      await page.getByRole('radio', { name: 'Share of new cars' }).check()
      await page.getByRole('button', { name: 'Compare' }).click()
      await expect(page).toHaveURL(/measure=share/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Compare countries by share of new cars',
      )
      // Shares stay on a linear scale, and the page says why.
      await expect(page.getByRole('status')).toContainText('Shares are compared on a linear scale')

      await page.goto(compare('measure=bogus'))
      await expect(page.getByRole('status')).toContainText('Unknown measure: showing new registrations')
    } finally {
      await context.close()
    }
  })
}
