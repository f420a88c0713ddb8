import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { createRequestListener } from '@/lib/platform/server/requestListener'
import { ResponseCache, type StoredResponse } from '@/lib/platform/server/responseCache'
import { responseCacheKey } from '@/lib/platform/server/requestKey'
import { recordResponse, type RecordedResponse } from '@/lib/platform/server/recordResponse'
import { isStorableResponse, toStoredResponse } from '@/lib/platform/server/storeRule'

const entry = (keys: string[], bytes = 10, now = 0): StoredResponse => ({
  status: 200,
  headers: {},
  body: Buffer.alloc(bytes),
  keys,
  storedAt: now,
  expiresAt: now + 60_000,
})

describe('ResponseCache', () => {
  it('keeps responses until one of their keys is purged', () => {
    const cache = new ResponseCache(1_000)
    cache.set('/a', entry(['countries', 'ev-statistics']), cache.generation)
    cache.set('/b', entry(['policy-articles']), cache.generation)
    cache.purge(['ev-statistics'])
    expect(cache.get('/a', 0)).toBeUndefined()
    expect(cache.get('/b', 0)).toBeDefined()
  })

  it('does not keep a response that began before a purge', () => {
    const cache = new ResponseCache(1_000)
    const began = cache.generation
    cache.purge(['countries'])
    cache.set('/a', entry(['countries']), began)
    expect(cache.get('/a', 0)).toBeUndefined()
  })

  it('forgets a response when its time is up', () => {
    const cache = new ResponseCache(1_000)
    cache.set('/a', entry(['countries']), cache.generation)
    expect(cache.get('/a', 59_999)).toBeDefined()
    expect(cache.get('/a', 60_000)).toBeUndefined()
  })

  it('stays within its size, dropping the least recently used first', () => {
    const cache = new ResponseCache(800)
    for (const key of ['/a', '/b', '/c']) cache.set(key, entry(['x'], 100), cache.generation)
    cache.get('/a', 0)
    for (let i = 0; i < 6; i += 1) cache.set(`/n${i}`, entry(['x'], 100), cache.generation)
    expect(cache.get('/a', 0)).toBeDefined()
    expect(cache.get('/b', 0)).toBeUndefined()
    expect(cache.size).toBe(8)
  })
})

describe('responseCacheKey', () => {
  const key = (headers: Record<string, string>, method = 'GET', url = '/countries/belgium') =>
    responseCacheKey(method, url, headers)

  it('answers visitors by URL, Accept-Encoding and Origin', () => {
    expect(key({ 'accept-encoding': 'gzip, deflate, br' })).toBe('gzip,deflate,br  /countries/belgium')
    expect(key({})).toBe('  /countries/belgium')
    expect(key({}, 'HEAD')).toBe('  /countries/belgium')
    expect(key({ origin: 'https://other.example' })).toBe(' https://other.example /countries/belgium')
    expect(key({ cookie: 'theme=dark' })).not.toBeNull()
  })

  it('sends signed-in editors, previews, credentials, navigation requests and writes to Next', () => {
    expect(key({ cookie: 'a=1; payload-token=abc' })).toBeNull()
    expect(key({ cookie: '__prerender_bypass=1' })).toBeNull()
    expect(key({ authorization: 'JWT x' })).toBeNull()
    expect(key({ rsc: '1' })).toBeNull()
    expect(key({ 'next-router-prefetch': '1' })).toBeNull()
    expect(key({ range: 'bytes=0-10' })).toBeNull()
    expect(key({}, 'POST')).toBeNull()
  })
})

describe('toStoredResponse', () => {
  const publicHeaders = {
    'cache-control': 'public, max-age=0, s-maxage=1',
    'surrogate-control': 'max-age=3600',
    'surrogate-key': 'countries ev-statistics',
    'content-type': 'text/html',
    'x-nextjs-cache': 'MISS',
    date: 'then',
  }

  it('keeps a 200 the site marked for shared caches, keyed and timed by its surrogate headers', () => {
    const stored = toStoredResponse({ status: 200, headers: publicHeaders, body: Buffer.from('x') }, 1_000)
    expect(stored?.keys).toEqual(['countries', 'ev-statistics'])
    expect(stored?.expiresAt).toBe(1_000 + 3_600_000)
    expect(stored?.headers).not.toHaveProperty('date')
    expect(stored?.headers).not.toHaveProperty('x-nextjs-cache')
    expect(stored?.headers['content-type']).toBe('text/html')
  })

  it('refuses anything else', () => {
    const body = Buffer.from('x')
    expect(toStoredResponse({ status: 404, headers: publicHeaders, body })).toBeNull()
    expect(
      toStoredResponse({ status: 200, headers: { ...publicHeaders, 'set-cookie': ['a=1'] }, body }),
    ).toBeNull()
    expect(
      toStoredResponse({
        status: 200,
        headers: { ...publicHeaders, 'cache-control': 'private, no-store' },
        body,
      }),
    ).toBeNull()
    expect(
      toStoredResponse({ status: 200, headers: { 'cache-control': 'public, max-age=60' }, body }),
    ).toBeNull()
  })
})

describe('the request listener', () => {
  const servers: ReturnType<typeof createServer>[] = []
  afterEach(() => {
    for (const server of servers.splice(0)) server.close()
  })

  /** A server whose "Next" answers from `page`, gzip-compressed like Next's compression does. */
  async function start(page: () => { headers: Record<string, string>; html: string }, cache: ResponseCache) {
    let calls = 0
    const handle = (req: IncomingMessage, res: ServerResponse) => {
      calls += 1
      const { headers, html } = page()
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      const gzip = String(req.headers['accept-encoding'] ?? '').includes('gzip')
      if (gzip) res.setHeader('content-encoding', 'gzip')
      res.write(gzip ? gzipSync(html).subarray(0, 5) : html.slice(0, 5))
      res.end(gzip ? gzipSync(html).subarray(5) : html.slice(5))
      return Promise.resolve()
    }
    const server = createServer(createRequestListener(handle, cache))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return { origin, calls: () => calls }
  }

  const publicPage = (html: string) => () => ({
    headers: {
      'content-type': 'text/html',
      'surrogate-control': 'max-age=3600',
      'surrogate-key': 'countries',
    },
    html,
  })

  it('answers repeat visitors from the cache, byte for byte, and Next again after a purge', async () => {
    const cache = new ResponseCache(1_000_000)
    let html = '<p>first version of the page</p>'
    const site = await start(() => publicPage(html)(), cache)
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${site.origin}/countries/belgium`, { headers })
    expect(await (await get()).text()).toBe(html)
    const again = await get()
    expect(await again.text()).toBe(html)
    expect(again.headers.get('age')).toBe('0')
    expect(site.calls()).toBe(1)
    // The gzip variant is kept apart and decodes to the same page.
    expect(await (await get({ 'accept-encoding': 'gzip' })).text()).toBe(html)
    expect(await (await get({ 'accept-encoding': 'gzip' })).text()).toBe(html)
    expect(site.calls()).toBe(2)

    html = '<p>second version</p>'
    cache.purge(['countries'])
    expect(await (await get()).text()).toBe(html)
    expect(site.calls()).toBe(3)
  })

  it('never keeps what the site did not mark public, nor answers an editor from it', async () => {
    const cache = new ResponseCache(1_000_000)
    const site = await start(
      () => ({ headers: { 'cache-control': 'private, no-store' }, html: 'mine only' }),
      cache,
    )
    await fetch(`${site.origin}/admin`)
    await fetch(`${site.origin}/admin`)
    expect(site.calls()).toBe(2)
    expect(cache.size).toBe(0)

    const publicSite = await start(publicPage('public'), cache)
    await fetch(`${publicSite.origin}/x`)
    await fetch(`${publicSite.origin}/x`, { headers: { cookie: 'payload-token=abc' } })
    expect(publicSite.calls()).toBe(2)
  })

  it('keeps neither a PDF nor a body larger than an entry may be, and holds no such body in memory', async () => {
    const cache = new ResponseCache(8_000)
    const pdf = await start(
      () => ({
        headers: {
          'content-type': 'application/pdf',
          'surrogate-control': 'max-age=3600',
          'surrogate-key': 'publication-files',
        },
        html: '%PDF-1.4 small',
      }),
      cache,
    )
    await fetch(`${pdf.origin}/api/publications/file/a.pdf`)
    await fetch(`${pdf.origin}/api/publications/file/a.pdf`)
    expect(pdf.calls()).toBe(2)

    // A public page of 4 KB (random, so still over 1 KB gzipped) is larger than an entry may be.
    const text = randomBytes(3_000).toString('base64')
    const large = await start(publicPage(text), cache)
    expect(await (await fetch(`${large.origin}/big`)).text()).toBe(text)
    await fetch(`${large.origin}/big`)
    expect(large.calls()).toBe(2)
    expect(cache.size).toBe(0)
  })
})

describe('recordResponse', () => {
  const servers: ReturnType<typeof createServer>[] = []
  afterEach(() => {
    for (const server of servers.splice(0)) server.close()
  })

  const publicHeaders = { 'surrogate-control': 'max-age=3600', 'content-type': 'text/html; charset=utf-8' }
  const rule = { isStorable: isStorableResponse, maxBytes: 64 * 1024 }
  const chunk = Buffer.alloc(16 * 1024, 7)

  /** Serves `chunks` chunks under `headers`, noting after each write how much the recording holds. */
  async function serve(headers: Record<string, string>, chunks: number) {
    const held: number[] = []
    const finished: RecordedResponse[] = []
    const server = createServer((_req, res) => {
      const recording = recordResponse(res, rule, (response) => finished.push(response))
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      for (let i = 0; i < chunks; i += 1) {
        res.write(chunk)
        held.push(recording.bytesKept)
      }
      res.end()
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    const body = Buffer.from(await response.arrayBuffer())
    return { body, held, finished }
  }

  it('holds a public response whole until it is sent, then hands it over', async () => {
    const { body, held, finished } = await serve(publicHeaders, 3)
    expect(held).toEqual([16_384, 32_768, 49_152])
    expect(finished).toHaveLength(1)
    expect(finished[0]?.body.equals(body)).toBe(true)
  })

  it('streams a body larger than the limit and stops holding it as soon as it passes the limit', async () => {
    const { body, held, finished } = await serve(publicHeaders, 64)
    expect(body.length).toBe(64 * chunk.length)
    expect(held.slice(0, 5)).toEqual([16_384, 32_768, 49_152, 65_536, 0])
    expect(Math.max(...held.slice(4))).toBe(0)
    expect(finished).toEqual([])
  })

  it('holds nothing of an answer its headers mark as not shareable', async () => {
    const { body, held, finished } = await serve({ 'cache-control': 'private, no-store' }, 4)
    expect(body.length).toBe(4 * chunk.length)
    expect(held).toEqual([0, 0, 0, 0])
    expect(finished).toEqual([])
  })
})
