import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { collectConsoleErrors } from './helpers/console'

// Another site: a small server on a port of its own, on another host name than the site's
// (127.0.0.1 against localhost), so its pages are of another origin and another site.
const articles = new Map<string, string>()
let foreign: Server
let foreignOrigin = ''

test.beforeAll(async () => {
  foreign = createServer((request, response) => {
    const body = articles.get(request.url ?? '')
    response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(body ?? 'Not found')
  })
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve))
  foreignOrigin = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise<void>((resolve, reject) => foreign.close((error) => (error ? reject(error) : resolve())))
})

/** Publishes an article on the other site holding `html`, and returns its address. */
function publishArticle(path: string, html: string): string {
  articles.set(
    path,
    `<!doctype html><html lang="en"><title>An article</title><h1>An article</h1>${html}</html>`,
  )
  return `${foreignOrigin}${path}`
}

type OembedAnswer = Record<string, unknown> & { html: string; width: number; height: number }

async function askOembed(request: APIRequestContext, pageUrl: string, extra = ''): Promise<OembedAnswer> {
  const response = await request.get(`/oembed?url=${encodeURIComponent(pageUrl)}&format=json${extra}`)
  expect(response.status(), await response.text()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^application\/json/)
  return (await response.json()) as OembedAnswer
}

const iframeSrc = (html: string) => /<iframe [^>]*src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&')

test('Belgium’s embed renders inside a frame of another site, with its chart, table and a link back', async ({
  page,
  baseURL,
}) => {
  const errors = collectConsoleErrors(page)
  await page.goto(
    publishArticle(
      '/belgium',
      `<iframe src="${baseURL}/embed/countries/belgium" title="Belgium" width="800" height="1200"></iframe>`,
    ),
  )
  const frame = page.frameLocator('iframe[title="Belgium"]')
  await expect(frame.getByRole('heading', { level: 1, name: 'EV adoption in Belgium by year' })).toBeVisible()
  await expect(frame.getByRole('document', { name: /EV adoption in Belgium/ })).toBeVisible()
  await expect(frame.getByRole('table', { name: /registrations in Belgium/ })).toBeVisible()
  const back = frame.getByRole('link', { name: /Belgium’s full profile/ })
  await expect(back).toHaveAttribute('href', '/countries/belgium')
  await expect(back).toHaveAttribute('target', '_blank')
  await expect(frame.getByRole('link', { name: 'CC BY 4.0' }).first()).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  )
  const citation = frame.getByRole('region', { name: 'How to cite' })
  await expect(citation).toContainText(`EV statistics: Belgium [Data set]. ${baseURL}/countries/belgium`)
  // The reader's own access date, put in by the browser inside the frame.
  await expect(citation).not.toContainText('[day month year]')
  // No site chrome: no header, navigation or footer of the site.
  await expect(frame.getByRole('navigation')).toHaveCount(0)
  await expect(frame.getByRole('banner')).toHaveCount(0)
  expect(errors.filter((error) => /frame|content security policy/i.test(error))).toEqual([])
})

test('a page other than an embed is refused in a frame of another site', async ({ page, baseURL }) => {
  const src = `${baseURL}/countries/belgium`
  const blocked = page.waitForEvent('requestfailed', (request) => request.url() === src)
  const reported = page.waitForEvent('console', (message) => /frame-ancestors 'self'/.test(message.text()))
  await page.goto(publishArticle('/framed-page', `<iframe src="${src}" title="Page"></iframe>`))
  expect((await blocked).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE')
  expect((await reported).type()).toBe('error')
  await expect(
    page.frameLocator('iframe[title="Page"]').getByRole('heading', { name: 'Belgium' }),
  ).toHaveCount(0)
})

test('the oEmbed answer for a country page validates and frames a loading embed', async ({
  request,
  baseURL,
}) => {
  const answer = await askOembed(request, `${baseURL}/countries/belgium`)
  // Required of every answer, and of a rich one (https://oembed.com, 2.3.4 and 2.3.4.4).
  expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'EV Country Profiles' })
  // What the embed shows, then what its chart says (its description's first sentence).
  expect(answer.title).toMatch(
    /^EV adoption in Belgium by year: BEV registrations in Belgium rose from 263 in 2011 to [\d,]+ in 2018; its largest change was a rise of [\d,]+ from \d{4} to \d{4}\.$/,
  )
  expect(answer.html).toContain(`title="${String(answer.title)}"`)
  expect(Number.isInteger(answer.width) && answer.width > 0).toBe(true)
  expect(Number.isInteger(answer.height) && answer.height > 0).toBe(true)
  expect(answer.html).toMatch(/^<iframe [^<>]*><\/iframe>$/)
  expect(answer.html).toContain(`width="${answer.width}" height="${answer.height}"`)
  const src = iframeSrc(answer.html)
  expect(src).toBe(`${baseURL}/embed/countries/belgium`)
  const embed = await request.get(src ?? '')
  expect(embed.status()).toBe(200)

  const small = await askOembed(request, `${baseURL}/countries/belgium/`, '&maxwidth=300&maxheight=200')
  expect([small.width, small.height]).toEqual([300, 200])
  expect(small.html).toContain('width="300" height="200"')
})

test('a comparison’s oEmbed html, pasted into another site, shows its charts', async ({
  page,
  request,
  baseURL,
}) => {
  const answer = await askOembed(request, `${baseURL}/compare?countries=belgium,atlantis&measure=index`)
  expect(answer.title).toMatch(
    /^Belgium compared by growth \(first year = 100\): The BEV index in Belgium rose from 100 in 2011 to [\d,]+ in 2018/,
  )
  // Only the published countries: the embed shows no other.
  expect(iframeSrc(answer.html)).toBe(`${baseURL}/embed/compare?countries=belgium&measure=index`)
  await page.goto(publishArticle('/compare', answer.html))
  const frame = page.frameLocator('iframe')
  await expect(
    frame.getByRole('heading', { level: 1, name: 'Belgium compared by growth (first year = 100)' }),
  ).toBeVisible()
  await expect(frame.getByRole('document', { name: /BEV new registrations as an index/ })).toBeVisible()
  await expect(frame.getByRole('table', { name: /BEV new registrations as an index/ })).toBeVisible()
  await expect(frame.getByRole('link', { name: /full comparison/ })).toHaveAttribute(
    'href',
    '/compare?countries=belgium&measure=index',
  )
})

test('the oEmbed answer is cached by the tags it reads, and names its errors', async ({
  request,
  baseURL,
}) => {
  const url = encodeURIComponent(`${baseURL}/countries/belgium`)
  const answer = await request.get(`/oembed?url=${url}`)
  expect(answer.headers()['cache-control']).toContain('s-maxage=1')
  expect(answer.headers()['surrogate-key']?.split(' ')).toEqual(
    expect.arrayContaining(['countries', 'ev-statistics', 'open-data']),
  )

  const refused = [
    [`/oembed?url=${url}&format=xml`, 501, /format=json/],
    ['/oembed?format=json', 400, /"url" is missing/],
    [`/oembed?url=${url}&maxwidth=wide`, 400, /"maxwidth"/],
    [`/oembed?url=${encodeURIComponent('https://example.com/countries/belgium')}`, 404, /No embed/],
    [`/oembed?url=${encodeURIComponent(`${baseURL}/countries/atlantis`)}`, 404, /No embed/],
    [`/oembed?url=${encodeURIComponent(`${baseURL}/policies`)}`, 404, /No embed/],
  ] as const
  for (const [path, status, message] of refused) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(status)
    expect(response.headers()['content-type']).toMatch(/^application\/json/)
    expect(((await response.json()) as { error: string }).error).toMatch(message)
  }
})

test('a country that is only a draft has no embed and no oEmbed answer', async ({
  browser,
  request,
  baseURL,
}) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  const created = await admin.request.post('/api/countries', {
    data: { name: uniqueName('Draftland'), isoCode: 'GL', _status: 'draft' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string | number; slug: string } }
  try {
    expect((await request.get(`/embed/countries/${doc.slug}`)).status()).toBe(404)
    const oembed = await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/countries/${doc.slug}`)}`)
    expect(oembed.status()).toBe(404)
    expect((await request.get(`/embed/compare?countries=${doc.slug}`)).status()).toBe(404)
  } finally {
    const deleted = await admin.request.delete(`/api/countries/${doc.id}`)
    await admin.close()
    expect(deleted.status(), 'the draft country is deleted').toBe(200)
  }
})
