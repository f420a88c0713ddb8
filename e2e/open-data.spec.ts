import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { expectNoSeriousViolations } from './helpers/axe'

type JsonDownload = {
  license: { url: string }
  countries: { slug: string; rows: Record<string, number | null>[] }[]
}
type DataPackage = { version: string; resources: { path: string; mediatype: string }[] }

// Release versions far beyond any real one: the e2e database is shared by every spec, and a new
// release must come after the newest.
const FIRST = '2099.1'
const SECOND = '2099.2'

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type'], path).toBe('application/json; charset=utf-8')
  return (await response.json()) as T
}

test('the JSON downloads give every country’s years, with no data as null, never 0', async ({ request }) => {
  const all = await getJson<JsonDownload>(request, '/ev-statistics.json')
  const belgium = all.countries.find((country) => country.slug === 'belgium')
  // The seed has Belgium's 2011 BEV figure but no PHEV figure for that year.
  expect(belgium?.rows.find((row) => row.year === 2011)).toMatchObject({ bev: 263, phev: null })
  expect(all.license.url).toMatch(/^https:\/\/creativecommons\.org\//)
  const one = await getJson<JsonDownload>(request, '/countries/belgium/ev-statistics.json')
  expect(one.countries.map((country) => country.slug)).toEqual(['belgium'])
  expect(one.countries[0]?.rows).toEqual(belgium?.rows)
  expect((await request.get('/countries/no-such-country/ev-statistics.json')).status()).toBe(404)
})

for (const path of ['/ev-statistics.json', '/data/datapackage.json', '/data/updates.atom']) {
  test(`${path} is public, purged with the statistics, and sent compressed`, async ({ request }) => {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toMatch(/^public, /)
    expect(response.headers()['surrogate-key']?.split(' ')).toEqual(
      expect.arrayContaining(['countries', 'ev-statistics', 'open-data']),
    )
    expect(response.headers()['content-encoding']).toBe('gzip')
  })
}

test('every file the data package names resolves, with its type', async ({ request }) => {
  const descriptor = await getJson<DataPackage>(request, '/data/datapackage.json')
  expect(descriptor.resources.length).toBeGreaterThanOrEqual(2)
  for (const resource of descriptor.resources) {
    const response = await request.get(resource.path)
    expect(response.status(), resource.path).toBe(200)
    expect(response.headers()['content-type'], resource.path).toContain(resource.mediatype)
  }
})

test('a published release is frozen, cached for good, the newest at latest, and lists what changed', async ({
  playwright,
  baseURL,
  page,
}, testInfo) => {
  if (!baseURL) throw new Error('baseURL is not configured')
  const admin = await playwright.request.newContext({
    baseURL,
    storageState: ADMIN_STATE,
    extraHTTPHeaders: { Origin: baseURL },
  })
  const visitor = await playwright.request.newContext({ baseURL })
  const name = uniqueName('Releasia')
  let countryId: string | number | undefined
  try {
    const created = await admin.post('/api/countries', {
      data: { name, isoCode: 'TV', _status: 'published' },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc: country } = (await created.json()) as { doc: { id: string | number; slug: string } }
    countryId = country.id
    const statistic = await admin.post('/api/ev-statistics', {
      data: { country: countryId, year: 2018, bev: 3733, phev: null },
    })
    expect(statistic.status(), await statistic.text()).toBe(201)
    const statisticId = ((await statistic.json()) as { doc: { id: string | number } }).doc.id

    const first = await admin.post('/api/data-releases', {
      data: { version: FIRST, notes: 'End-to-end release' },
    })
    expect(first.status(), await first.text()).toBe(201)
    const csvPath = `/data/releases/${FIRST}/ev-statistics.csv`
    const frozen = await visitor.get(csvPath)
    expect(frozen.status()).toBe(200)
    expect(frozen.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(frozen.headers()['content-type']).toBe('text/csv; charset=utf-8')
    const frozenCsv = await frozen.text()
    expect(frozenCsv).toContain(`${name},TV,2018,3733,,`)

    const latest = await visitor.get('/data/releases/latest/ev-statistics.csv', { maxRedirects: 0 })
    expect(latest.status()).toBe(307)
    expect(latest.headers()['location']).toBe(csvPath)
    expect(latest.headers()['surrogate-key']).toBe('data-releases')
    await page.goto('/data/releases/latest')
    await expect(page).toHaveURL(new RegExp(`/data/releases/${FIRST.replace('.', '\\.')}$`))

    const edit = await admin.patch(`/api/ev-statistics/${statisticId}`, {
      data: { bev: 3800, source: 'national registry', changeNote: 'Corrected by the registry' },
    })
    expect(edit.status(), await edit.text()).toBe(200)
    expect(await (await visitor.get(csvPath)).text()).toBe(frozenCsv)
    const [newest] = (await readFeed(page)).entries
    expect(newest).toMatchObject({
      title: `${name}: 2018 BEV revised from 3,733 to 3,800`,
      summary: expect.stringContaining('Source: national registry. Note: Corrected by the registry'),
    })
    const second = await admin.post('/api/data-releases', { data: { version: SECOND, notes: 'Revised' } })
    expect(second.status(), await second.text()).toBe(201)
    const moved = await visitor.get('/data/releases/latest/datapackage.json', { maxRedirects: 0 })
    expect(moved.headers()['location']).toBe(`/data/releases/${SECOND}/datapackage.json`)
    const descriptor = await getJson<DataPackage>(visitor, `/data/releases/${SECOND}/datapackage.json`)
    expect(descriptor.version).toBe(SECOND)
    expect((await visitor.get('/data/releases/2099.01/ev-statistics.csv')).status()).toBe(400)
    expect((await visitor.get('/data/releases/2099.9/ev-statistics.csv')).status()).toBe(404)

    await page.goto('/data/releases/latest')
    await expect(page).toHaveURL(new RegExp(`/data/releases/${SECOND.replace('.', '\\.')}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Data release ${SECOND}`)
    await expect(page.getByText(`Compared with release ${FIRST}.`)).toBeVisible()
    const revised = page.getByRole('row', { name: new RegExp(`${name} 2018 BEV`) })
    await expect(revised).toContainText('3,733')
    await expect(revised).toContainText('3,800')
    await expect(page.getByRole('link', { name: 'CC BY 4.0' }).first()).toHaveAttribute(
      'href',
      /creativecommons/,
    )
    await expectNoSeriousViolations(page, testInfo)

    await page.goto('/data')
    await expect(page.getByRole('link', { name: `Release ${SECOND}` })).toBeVisible()
    await expect(page.getByRole('link', { name: `Release ${FIRST}` })).toBeVisible()
    expect(await (await visitor.get('/sitemap.xml')).text()).toContain(`/data/releases/${SECOND}<`)

    // The country's page lists the revision with its date, source and note; a later typo fix
    // marked editorial is not listed.
    const editorial = await admin.patch(`/api/ev-statistics/${statisticId}`, {
      data: { bev: 3801, isEditorialChange: true },
    })
    expect(editorial.status(), await editorial.text()).toBe(200)
    await page.goto(`/countries/${country.slug}`)
    const revisions = page.getByRole('region', { name: 'Revisions' }).getByRole('listitem')
    await expect(revisions).toHaveCount(1)
    await expect(revisions).toContainText(
      /^2018 BEV revised from 3,733 to 3,800 on \d{1,2} [A-Z][a-z]+ \d{4} — source: national registry/,
    )
    await expect(revisions).toContainText('Corrected by the registry')
    await expect(page.getByRole('table').first()).toContainText('3,801')
  } finally {
    if (countryId !== undefined) {
      await admin.delete(`/api/ev-statistics?where[country][equals]=${countryId}`)
      await admin.delete(`/api/countries/${countryId}`)
    }
    await admin.dispose()
    await visitor.dispose()
  }
})

/** The updates feed as the browser's own XML parser reads it (from a page of the site). */
async function readFeed(page: Page) {
  await page.goto('/data')
  return page.evaluate(async () => {
    const response = await fetch('/data/updates.atom')
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml')
    const ns = 'http://www.w3.org/2005/Atom'
    const text = (parent: Element, name: string) =>
      parent.getElementsByTagNameNS(ns, name)[0]?.textContent ?? ''
    return {
      type: response.headers.get('content-type'),
      isParsed: xml.getElementsByTagName('parsererror').length === 0,
      root: xml.documentElement.namespaceURI,
      entries: [...xml.getElementsByTagNameNS(ns, 'entry')].map((entry) => ({
        id: text(entry, 'id'),
        title: text(entry, 'title'),
        updated: text(entry, 'updated'),
        summary: text(entry, 'summary'),
        link: entry.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
      })),
    }
  })
}

test('the updates feed is Atom that a browser parses, newest entry first, each linked to its revisions', async ({
  page,
}) => {
  const feed = await readFeed(page)
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/data\/updates\.atom$/,
  )
  expect(feed).toMatchObject({
    type: 'application/atom+xml; charset=utf-8',
    isParsed: true,
    root: 'http://www.w3.org/2005/Atom',
  })
  expect(feed.entries.length).toBeGreaterThan(0)
  for (const entry of feed.entries) {
    expect(entry.id).toMatch(/^tag:localhost,2026:data-update:/)
    expect(entry.link).toMatch(/\/countries\/[a-z0-9-]+#revisions$/)
  }
  const dates = feed.entries.map((entry) => entry.updated)
  expect(dates).toEqual([...dates].sort().reverse())
})

test('/data describes the downloads with the licence and Dataset markup', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Open data' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Creative Commons Attribution 4\.0/ })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  )
  await expect(page.getByRole('link', { name: 'Belgium: Chart (SVG)' })).toHaveAttribute(
    'href',
    '/countries/belgium/chart.svg',
  )
  await expect(page.getByRole('rowheader', { name: 'total_new_cars' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'How to cite' })).toBeVisible()
  const markup = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
  ) as { '@type': string; license: string; distribution: { contentUrl: string }[] }
  expect(markup['@type']).toBe('Dataset')
  expect(markup.license).toBe('https://creativecommons.org/licenses/by/4.0/')
  expect(markup.distribution.map((file) => new URL(file.contentUrl).pathname)).toEqual([
    '/ev-statistics.csv',
    '/ev-statistics.json',
  ])
  await expectNoSeriousViolations(page, testInfo)
})

test('a country page carries Dataset markup, its oEmbed discovery link and its chart as preview image', async ({
  page,
  request,
}) => {
  await page.goto('/countries/belgium')
  const markup = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
  ) as { '@type': string; name: string; distribution: { contentUrl: string; encodingFormat: string }[] }
  expect(markup['@type']).toBe('Dataset')
  expect(markup.name).toBe('EV statistics: Belgium')
  expect(markup.distribution.map((file) => [new URL(file.contentUrl).pathname, file.encodingFormat])).toEqual(
    [
      ['/countries/belgium/ev-statistics.csv', 'text/csv'],
      ['/countries/belgium/ev-statistics.json', 'application/json'],
    ],
  )
  const oembed = await page
    .locator('link[rel="alternate"][type="application/json+oembed"]')
    .getAttribute('href')
  const answer = await request.get(oembed ?? '')
  expect(answer.status()).toBe(200)
  expect(((await answer.json()) as { type: string }).type).toBe('rich')
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  const png = await request.get(new URL(image ?? '').pathname)
  expect(png.headers()['content-type']).toBe('image/png')
  await expect(page.getByRole('region', { name: 'How to cite' })).toContainText(
    /\(\d{4}\)\. EV statistics: Belgium \[Data set\]\. .*\/countries\/belgium \(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)\. Licence: CC BY 4\.0\./,
  )
})
