import { request as httpRequest } from 'node:http'

import { expect, test } from '@playwright/test'

import { stopServer } from '@/scripts/topology/processes'
import { startInstance } from '@/scripts/topology/site'
import { startVarnish } from '@/scripts/topology/varnish'

import { buildTestPdf } from '../../tests/shared/pdfs'

import {
  createTopologySite,
  findBelgium2018,
  formatted,
  saveBev,
  signInAdmin,
  topologyPort,
  type TopologySite,
} from './site'

// The shipped deploy/varnish/default.vcl in front of one instance that purges it by key.
const SITE_PORT = topologyPort(5)
const VARNISH_PORT = topologyPort(6)
const SITE = `http://127.0.0.1:${SITE_PORT}`
const CACHE = `http://127.0.0.1:${VARNISH_PORT}`

let site: TopologySite
let token: string | undefined
/** The admin's token: the first call registers the admin, later ones reuse it. */
const adminToken = async () => (token ??= await signInAdmin(SITE))

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  site = await createTopologySite('varnish', { siteUrl: SITE, purgeUrls: [`${CACHE}/`] })
  site.servers.push(await startInstance(site.env, SITE_PORT, site.dataDir))
  site.servers.push((await startVarnish(VARNISH_PORT, SITE_PORT, site.dataDir)).server)
})

test.afterAll(async () => {
  await site?.stop()
})

/** A GET through Varnish as a browser sends it. */
async function throughCache(path: string) {
  const response = await fetch(`${CACHE}${path}`, {
    headers: { Accept: 'text/html', 'Accept-Encoding': 'gzip, deflate, br' },
  })
  const ids = (response.headers.get('x-varnish') ?? '').trim().split(/\s+/)
  return {
    status: response.status,
    isHit: ids.length === 2,
    headers: response.headers,
    text: await response.text(),
  }
}

test('a public page is a cache hit, compressed, without the surrogate headers', async () => {
  await throughCache('/countries/belgium')
  const page = await throughCache('/countries/belgium')
  expect(page.status).toBe(200)
  expect(page.isHit).toBe(true)
  expect(page.headers.get('content-encoding')).toBe('gzip')
  expect(page.headers.get('surrogate-key')).toBeNull()
  expect(page.headers.get('surrogate-control')).toBeNull()
})

test('a save is visible through Varnish within a second; an unrelated page stays cached', async () => {
  const token = await adminToken()
  const statistic = await findBelgium2018(SITE)
  await throughCache('/policies/belgium-digital-economy')
  await throughCache('/countries/belgium')
  expect((await throughCache('/policies/belgium-digital-economy')).isHit).toBe(true)

  const value = statistic.bev + 7
  await saveBev(SITE, token, statistic.id, value)
  await expect
    .poll(async () => (await throughCache('/countries/belgium')).text.includes(formatted(value)), {
      timeout: 1_000,
      intervals: [50],
    })
    .toBe(true)
  // The article shows no statistics: its keys were not purged.
  expect((await throughCache('/policies/belgium-digital-economy')).isHit).toBe(true)
})

test('a PDF is kept under its own key: a statistics save leaves it cached; a range goes to the site', async () => {
  const form = new FormData()
  const pdf = new Uint8Array(buildTestPdf([['Cached report']]))
  form.append('file', new File([pdf], 'varnish-report.pdf', { type: 'application/pdf' }))
  form.append(
    '_payload',
    JSON.stringify({ _status: 'published', title: 'Cached report', type: 'other', year: 2020 }),
  )
  const created = await fetch(`${SITE}/api/publications`, {
    method: 'POST',
    headers: { Authorization: `JWT ${await adminToken()}` },
    body: form,
  })
  expect(created.status, await created.clone().text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { filename: string } }
  const file = `/api/publications/file/${encodeURIComponent(doc.filename)}`
  await throughCache(file)
  expect((await throughCache(file)).isHit).toBe(true)

  const statistic = await findBelgium2018(SITE)
  await saveBev(SITE, await adminToken(), statistic.id, statistic.bev + 1)
  await expect
    .poll(async () => (await throughCache('/countries/belgium')).isHit, { timeout: 2_000 })
    .toBe(false)
  expect((await throughCache(file)).isHit).toBe(true)

  const range = await fetch(`${CACHE}${file}`, { headers: { Range: 'bytes=0-9' } })
  expect(range.status).toBe(206)
  expect(Buffer.from(await range.arrayBuffer()).toString('latin1')).toBe('%PDF-1.4\n%')
})

test('a purge from an address Varnish does not trust is refused', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    // 127.0.0.2 is this machine too, but not in the VCL's `purgers`.
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: VARNISH_PORT,
        method: 'PURGE',
        path: '/',
        localAddress: '127.0.0.2',
        headers: { 'Surrogate-Key': 'countries' },
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end()
  })
  expect(status).toBe(403)
  expect((await throughCache('/policies/belgium-digital-economy')).isHit).toBe(true)
})

/** A GET through Varnish from a visitor at `address` (Varnish trusts X-Forwarded-For from this machine). */
async function from(address: string, path: string) {
  const response = await fetch(`${CACHE}${path}`, { headers: { 'X-Forwarded-For': address } })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

test('a burst of 300 distinct searches from one address gets 429 with Retry-After; health checks pass untouched', async () => {
  const address = '203.0.113.77'
  const answers = []
  // Ten at a time: a burst, without making the site itself too slow to answer Varnish's probe.
  for (let batch = 0; batch < 300; batch += 10) {
    answers.push(
      ...(await Promise.all(
        Array.from({ length: 10 }, (_, i) => from(address, `/search?q=burst+${batch + i}+${Date.now()}`)),
      )),
    )
  }
  const served = answers.filter((answer) => answer.status === 200)
  const refused = answers.filter((answer) => answer.status === 429)
  const statuses = answers.map((answer) => answer.status)
  expect(served.length + refused.length, `statuses: ${[...new Set(statuses)].join(', ')}`).toBe(300)
  // The shipped limit: 60 at once, refilled at 1 a second.
  expect(served.length).toBeGreaterThanOrEqual(60)
  expect(refused.length).toBeGreaterThanOrEqual(200)
  for (const answer of refused) {
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    expect(answer.text).toContain('<h1>Too many requests</h1>')
  }

  // The same address still gets its health checks answered by the site, and cached pages.
  for (const path of ['/api/health', '/api/ready']) {
    const check = await from(address, path)
    expect(check.status, path).toBe(200)
    expect(JSON.parse(check.text)).toMatchObject({ status: path.endsWith('ready') ? 'ready' : 'alive' })
    expect(check.headers.get('x-varnish')?.trim().split(/\s+/)).toHaveLength(1)
  }
  expect((await from(address, '/countries/belgium')).status).toBe(200)
  // Another visitor is not limited by the first one's burst.
  expect((await from('203.0.113.78', '/search?q=belgium')).status).toBe(200)
})

/** A search through Varnish from 127.0.0.2: this machine too, but not in the VCL's `trusted_proxies`. */
function searchFromUntrusted(query: string, forwardedFor: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: VARNISH_PORT,
        path: `/search?q=${query}`,
        localAddress: '127.0.0.2',
        headers: { 'X-Forwarded-For': forwardedFor },
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end()
  })
}

test('X-Forwarded-For from an address Varnish does not trust is ignored: changing it escapes no limit', async () => {
  const statuses: number[] = []
  for (let batch = 0; batch < 100; batch += 10) {
    const answers = Array.from({ length: 10 }, (_, i) =>
      searchFromUntrusted(`rotating+${batch + i}+${Date.now()}`, `198.51.100.${batch + i + 1}`),
    )
    statuses.push(...(await Promise.all(answers)))
  }
  expect(new Set(statuses)).toEqual(new Set([200, 429]))
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20)
})

test('with the site stopped, Varnish keeps serving cached pages, purged ones included', async () => {
  await throughCache('/countries/belgium')
  await throughCache('/tasks')
  const instance = site.servers.find((server) => server.name.includes(String(SITE_PORT)))
  if (!instance) throw new Error('the site instance is not running')
  await stopServer(instance)
  // Its probe marks the site down within a few seconds; a purge now must not empty the page.
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  const purge = await fetch(`${CACHE}/`, { method: 'PURGE', headers: { 'Surrogate-Key': 'tasks' } })
  expect(purge.status).toBe(200)
  const page = await throughCache('/countries/belgium')
  expect(page.status).toBe(200)
  expect(page.text).toContain('Belgium')
  const purged = await throughCache('/tasks')
  expect(purged.status).toBe(200)
  expect(purged.text).toContain('Research tasks')
})
