import { createServer, type Server } from 'node:http'
import { type AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { fillerFor } from '@/lib/csp/marker.mjs'
import { createRequestListener } from '@/lib/csp/requestListener.mjs'
import { announceContentChange, currentContentGeneration } from '@/lib/server/contentGeneration.mjs'
import { createResponseCache, SHAREABLE_HEADER } from '@/lib/server/responseCache.mjs'

import { requestLocal } from './helpers/http'

// The production server's listener around a stand-in for Next that, like Next, answers pages
// from its cache with `x-nextjs-cache: HIT` and the same string each time.
const MARKER = 'Q2FjaGVkLXJlc3BvbnNlLW1hcmtlci0x'
const PAGE = `<!DOCTYPE html><html><body><p>${'cached '.repeat(400)}</p><script nonce="${MARKER}">self.x=1</script></body></html>`

const calls: string[] = []
const responseCache = createResponseCache({ maxBytes: 1024 * 1024, maxAgeMs: 60_000 })
let server: Server
let port = 0

beforeAll(async () => {
  const listener = createRequestListener(
    (req, res) => {
      const url = req.url ?? '/'
      calls.push(url)
      if (url.startsWith('/json')) {
        res.setHeader('Content-Type', 'application/json')
        if (url.startsWith('/json-shared')) res.setHeader(SHAREABLE_HEADER, '1')
        res.write('{"docs":')
        res.end(`[${url.length}]}`)
        return Promise.resolve()
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Security-Policy', "frame-ancestors 'self'")
      res.setHeader('x-nextjs-cache', url.startsWith('/rendered') ? 'MISS' : 'HIT')
      // An edit saved while this page was being sent.
      if (url.startsWith('/edited-meanwhile')) announceContentChange()
      res.end(PAGE)
      return Promise.resolve()
    },
    { marker: MARKER, filler: fillerFor(MARKER), trusted: new Set(), onError: () => {}, responseCache },
  )
  server = createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  calls.length = 0
})

const get = (path: string, headers: Record<string, string> = {}) => requestLocal(port, path, headers)

describe('the response cache of the production server', () => {
  it('answers a repeated anonymous request from the response Next gave the first time', async () => {
    const first = await get('/page')
    const again = await get('/page')
    expect(calls).toEqual(['/page'])
    expect(again.status).toBe(200)
    expect(again.body.toString()).toBe(first.body.toString())
    expect(again.body.toString()).not.toContain(MARKER)
    for (const name of ['content-security-policy', 'etag', 'content-type', 'content-length'])
      expect(again.headers[name], name).toBe(first.headers[name])

    const zipped = await get('/page', { 'accept-encoding': 'gzip' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(zipped.body).toString()).toBe(first.body.toString())
    const notModified = await get('/page', { 'if-none-match': String(first.headers.etag) })
    expect(notModified.status).toBe(304)
    expect(notModified.headers['content-security-policy']).toBeUndefined()
    expect(calls).toEqual(['/page'])
  })

  it('forgets everything once cached content is expired', async () => {
    await get('/expiring')
    await get('/expiring')
    announceContentChange()
    await get('/expiring')
    expect(calls).toEqual(['/expiring', '/expiring'])
  })

  it('never shares a response with credentials, React navigation, or one Next rendered afresh', async () => {
    const personal: Array<Record<string, string>> = [
      { cookie: 'payload-token=x' },
      { authorization: 'Bearer x' },
      { rsc: '1' },
    ]
    for (const headers of personal) {
      await get('/personal', headers)
      await get('/personal', headers)
    }
    await get('/rendered')
    await get('/rendered')
    expect(calls).toHaveLength(8)
  })

  it('keeps other responses only when their route marks them shareable, and never shows the mark', async () => {
    const first = await get('/json-shared')
    const again = await get('/json-shared')
    expect(JSON.parse(again.body.toString())).toEqual({ docs: [12] })
    expect(again.body.toString()).toBe(first.body.toString())
    expect(again.headers.etag).toBe(first.headers.etag)
    await get('/json-plain')
    const plain = await get('/json-plain')
    for (const response of [first, again, plain]) expect(response.headers[SHAREABLE_HEADER]).toBeUndefined()
    expect(calls).toEqual(['/json-shared', '/json-plain', '/json-plain'])
    // With a session the route's mark does not matter: nothing is kept.
    await get('/json-shared-personal', { cookie: 'payload-token=x' })
    const personal = await get('/json-shared-personal', { cookie: 'payload-token=x' })
    expect(personal.headers[SHAREABLE_HEADER]).toBeUndefined()
    expect(calls).toHaveLength(5)
  })

  it('does not keep a response when content changed while it was being served', async () => {
    await get('/edited-meanwhile')
    await get('/edited-meanwhile')
    expect(calls).toEqual(['/edited-meanwhile', '/edited-meanwhile'])
  })
})

describe('createResponseCache', () => {
  const response = (size: number) => ({ headers: {}, body: Buffer.alloc(size), tag: '"t"' })

  it('lets responses age out and the oldest go when full', () => {
    let now = 0
    const cache = createResponseCache({ maxBytes: 1000, maxAgeMs: 60_000, now: () => now })
    cache.set('/a', response(400), currentContentGeneration())
    cache.set('/b', response(400), currentContentGeneration())
    cache.set('/c', response(400), currentContentGeneration())
    expect(cache.get('/a')).toBeUndefined()
    expect(cache.size).toEqual({ responses: 2, bytes: 800 })
    expect(cache.get('/b')?.body.length).toBe(400)
    now = 60_001
    expect(cache.get('/c')).toBeUndefined()
  })
})
