import { expect, test, type APIResponse, type Page } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'

// Beside the seeded Belgium: a country with figures (to compare), one without and a draft.
const CHARTLAND = uniqueName('Chartland')
const EMPTYLAND = uniqueName('Emptyland')
const DRAFTLAND = uniqueName('Draftland')
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const created: (string | number)[] = []
const slugs = { chartland: '', emptyland: '', draftland: '' }

test.beforeAll(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  try {
    const create = async (name: string, isoCode: string, status: 'published' | 'draft') => {
      const response = await admin.request.post(`/api/countries${status === 'draft' ? '?draft=true' : ''}`, {
        data: { name, isoCode, _status: status },
      })
      expect(response.status(), await response.text()).toBe(201)
      const { doc } = (await response.json()) as { doc: { id: string | number; slug: string } }
      created.push(doc.id)
      return doc
    }
    const chartland = await create(CHARTLAND, 'LI', 'published')
    slugs.chartland = chartland.slug
    slugs.emptyland = (await create(EMPTYLAND, 'MC', 'published')).slug
    slugs.draftland = (await create(DRAFTLAND, 'SM', 'draft')).slug
    for (const [year, bev] of [
      [2017, 40],
      [2018, 900],
    ] as const) {
      const saved = await admin.request.post('/api/ev-statistics', {
        data: { country: chartland.id, year, bev, phev: 100, hev: 300, totalNewCars: 20_000 },
      })
      expect(saved.status(), await saved.text()).toBe(201)
    }
  } finally {
    await admin.close()
  }
})

test.afterAll(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  for (const id of created) {
    await admin.request.delete(`/api/ev-statistics?where[country][equals]=${id}`)
    await admin.request.delete(`/api/countries/${id}`)
  }
  await admin.close()
})

/** Shows the images on a page of the site, as an article embedding them would, and waits for them. */
async function showImages(page: Page, images: { src: string; alt: string }[]) {
  await page.goto('/countries/belgium')
  await page.evaluate((list) => {
    const figure = document.createElement('figure')
    for (const { src, alt } of list) {
      const img = document.createElement('img')
      img.src = src
      img.alt = alt
      figure.append(img)
    }
    document.body.prepend(figure)
  }, images)
  const sizes: { width: number; height: number }[] = []
  for (const { alt } of images) {
    const img = page.getByRole('img', { name: alt, exact: true })
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
      .toBe(true)
    sizes.push(
      await img.evaluate((el: HTMLImageElement) => ({ width: el.naturalWidth, height: el.naturalHeight })),
    )
  }
  return sizes
}

/** Width and height from a PNG's header, after checking its signature. */
async function readPngSize(response: APIResponse) {
  const bytes = await response.body()
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Checks a chart response's type and public caching, keyed by what it read. */
function expectChartHeaders(response: APIResponse, type: string) {
  expect(response.status()).toBe(200)
  const headers = response.headers()
  expect(headers['content-type']).toMatch(new RegExp(`^${type.replace('+', '\\+')}\\b`))
  expect(headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=1\b/)
  expect(headers['surrogate-key']?.split(' ')).toEqual(
    expect.arrayContaining(['countries', 'ev-statistics', 'open-data']),
  )
}

test("Belgium's chart loads in an <img> as SVG and as PNG", async ({ page }) => {
  const sizes = await showImages(page, [
    { src: '/countries/belgium/chart.svg', alt: 'Belgium chart (SVG)' },
    { src: '/countries/belgium/chart.png', alt: 'Belgium chart (PNG)' },
  ])
  expect(sizes).toEqual([
    { width: 800, height: 420 },
    { width: 1200, height: 630 },
  ])
})

test('the SVG is a standalone document with its title, legend and citation', async ({ request, baseURL }) => {
  const response = await request.get('/countries/belgium/chart.svg')
  expectChartHeaders(response, 'image/svg+xml')
  const svg = await response.text()
  expect(svg).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  )
  expect(svg).toContain('<title id="chart-title">EV adoption in Belgium by year</title>')
  for (const label of ['>BEV<', '>PHEV<', '>HEV<', '>New registrations<', '>Year<', '>2018<']) {
    expect(svg).toContain(label)
  }
  expect(svg).toContain('Source: EV Country Profiles (')
  expect(svg).toContain('EV statistics: Belgium [Data set].')
  expect(svg).toContain(`>${baseURL}/countries/belgium<`)
  expect(svg).toContain('Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)')
})

test('the SVG is sent compressed to a browser that accepts it', async ({ request }) => {
  const response = await request.get('/countries/belgium/chart.svg', {
    headers: { 'Accept-Encoding': 'gzip, deflate, br' },
  })
  expect(response.status()).toBe(200)
  expect(response.headers()['content-encoding']).toBe('gzip')
})

test('the PNG is 1200 × 630, the Open Graph size', async ({ request }) => {
  const response = await request.get('/countries/belgium/chart.png')
  expectChartHeaders(response, 'image/png')
  expect(await readPngSize(response)).toEqual({ width: 1200, height: 630 })
})

test('a country without statistics gets an image saying so', async ({ request }) => {
  const response = await request.get(`/countries/${slugs.emptyland}/chart.svg`)
  expectChartHeaders(response, 'image/svg+xml')
  expect(await response.text()).toContain('>No statistics yet<')
  expect(await readPngSize(await request.get(`/countries/${slugs.emptyland}/chart.png`))).toEqual({
    width: 1200,
    height: 630,
  })
})

/** Checks a refusal: plain text from the PNG routes, the same words as an SVG from the SVG routes. */
async function expectProblem(response: APIResponse, status: number, problem: RegExp) {
  expect(response.status(), response.url()).toBe(status)
  const type = response.headers()['content-type'] ?? ''
  const body = await response.text()
  if (response.url().includes('.png')) {
    expect(type).toMatch(/^text\/plain\b/)
    expect(body).toMatch(problem)
  } else {
    expect(type).toMatch(/^image\/svg\+xml\b/)
    const title = /<title id="problem">([^<]*)<\/title>/.exec(body)?.[1] ?? ''
    expect(title).toMatch(problem)
  }
}

test('unknown, malformed and draft countries have no chart', async ({ request }) => {
  for (const slug of ['atlantis', 'Bel%20gium', slugs.draftland]) {
    for (const format of ['svg', 'png']) {
      await expectProblem(await request.get(`/countries/${slug}/chart.${format}`), 404, /^No such country\.$/)
    }
  }
})

test('the compare selection has its chart as SVG and PNG, one line per country', async ({
  page,
  request,
}) => {
  const query = `countries=belgium,${slugs.chartland}&measure=share&part=bev`
  const response = await request.get(`/compare/chart.svg?${query}`)
  expectChartHeaders(response, 'image/svg+xml')
  const svg = await response.text()
  expect(svg).toContain('<title id="chart-title">BEV share of new cars by country</title>')
  expect(svg).toContain(`>${CHARTLAND}<`)
  // Belgium has no totals: no shares, and the legend says so.
  expect(svg).toContain('>Belgium (no data)<')
  const sizes = await showImages(page, [
    { src: `/compare/chart.svg?${query}`, alt: 'Comparison (SVG)' },
    { src: `/compare/chart.png?${query}`, alt: 'Comparison (PNG)' },
  ])
  expect(sizes).toEqual([
    { width: 800, height: 420 },
    { width: 1200, height: 630 },
  ])
})

test('a compare image with a bad query is refused, naming the problem', async ({ request }) => {
  const cases = [
    ['', /^Name the countries to compare/],
    ['countries=belgium&measure=speed', /^Unknown measure: the measures are registrations, share, index\.$/],
    ['countries=belgium&scale=cubic', /^Unknown scale/],
    ['countries=belgium&part=fuel', /^Unknown part: the parts of registrations are bev, phev, hev\.$/],
    ['countries=belgium,atlantis', /^Unknown countries: atlantis\.$/],
    [`countries=belgium,${slugs.draftland}`, /^Unknown countries: /],
  ] as const
  for (const [query, problem] of cases) {
    for (const format of ['svg', 'png']) {
      await expectProblem(await request.get(`/compare/chart.${format}?${query}`), 400, problem)
    }
  }
})
