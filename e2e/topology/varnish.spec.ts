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
