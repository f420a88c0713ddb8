import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import { type AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { scriptHashSource } from '@/lib/csp/inlineScripts.mjs'
import { fillerFor } from '@/lib/csp/marker.mjs'
import { createPreparedPages } from '@/lib/csp/preparedPages.mjs'
import { createRequestListener } from '@/lib/csp/requestListener.mjs'

import { requestLocal } from './helpers/http'

// The production server's listener around a stand-in for Next that writes like Next does:
// through its own compression middleware, the page in several chunks, and the policy from
// next.config.ts set on every response.
const MARKER = 'Mk9sQ2VjcmV0LW1hcmtlci0xMjM0NTY3'
const FILLER = fillerFor(MARKER)
const BASE_POLICY = "frame-ancestors 'self'; object-src 'none'"
const NEXT_SCRIPT = `self.__next_f.push([1,"{\\"nonce\\":\\"${MARKER}\\"}"])`
const PAGE = [
  '<!DOCTYPE html><html><head>',
  `<script src="/_next/static/a.js" async nonce="${MARKER}"></script></head><body><p>`,
  'x'.repeat(3000), // over the 1 KB below which nothing is compressed
  `</p><script>injected()</script><script nonce="${MARKER}">${NEXT_SCRIPT}</script></body></html>`,
]

const require = createRequire(import.meta.url)
const compression = require('next/dist/compiled/compression') as () => (
  req: object,
  res: ServerResponse,
  next: () => void,
) => void
const nextCompression = compression()

// Next serves a cached page by passing the same string to `res.end` every time.
const CACHED_PAGE = PAGE.join('')
const preparedPages = createPreparedPages(1024 * 1024)

const seenByNext: IncomingHttpHeaders[] = []
let server: Server
let port = 0

function writeChunks(res: ServerResponse, chunks: string[]) {
  for (const chunk of chunks.slice(0, -1)) res.write(chunk)
  res.end(chunks.at(-1))
}

beforeAll(async () => {
  const listener = createRequestListener(
    (req, res) => {
      seenByNext.push({ ...req.headers })
      nextCompression(req, res, () => {})
      res.setHeader('Content-Security-Policy', BASE_POLICY)
      const url = req.url ?? '/'
      if (url === '/not-modified') {
        res.statusCode = 304
        res.end()
      } else if (url === '/flight') {
        res.setHeader('Content-Type', 'text/x-component')
        const row = `0:{"nonce":"${MARKER}"}\n`
        writeChunks(res, [row.slice(0, 15), row.slice(15, 30), row.slice(30)])
      } else if (url === '/json') {
        res.setHeader('Content-Type', 'application/json')
        res.end(JSON.stringify({ nonce: MARKER }))
      } else {
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        if (req.method === 'HEAD') res.end()
        else if (url === '/cached') res.end(CACHED_PAGE)
        else if (url === '/other')
          writeChunks(
            res,
            PAGE.map((part) => part.replace('[1,', '[2,')),
          )
        else writeChunks(res, PAGE)
      }
      return Promise.resolve()
    },
    { marker: MARKER, filler: FILLER, trusted: new Set(), onError: () => {}, preparedPages },
  )
  server = createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  requestLocal(port, path, headers, method)

describe('the production server listener', () => {
  it("allows the page's marked inline scripts by hash and no other inline script", async () => {
    const { headers, body } = await get('/page')
    const expected = NEXT_SCRIPT.replaceAll(MARKER, FILLER)
    expect(headers['content-security-policy']).toBe(
      `${BASE_POLICY}; script-src 'self' ${scriptHashSource(expected)}`,
    )
    expect(body.toString()).toBe(PAGE.join('').replaceAll(MARKER, FILLER))
  })

  it('hashes each page by its own content when pages are served again', async () => {
    const first = await get('/page')
    const other = await get('/other')
    const again = await get('/page')
    expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy'])
    expect(other.headers['content-security-policy']).toContain(
      scriptHashSource(NEXT_SCRIPT.replace('[1,', '[2,').replaceAll(MARKER, FILLER)),
    )
    expect(other.headers['content-security-policy']).not.toBe(first.headers['content-security-policy'])
  })

  it('compresses the page once, after hashing, when the client accepts gzip', async () => {
    const { headers, body } = await get('/page', { 'accept-encoding': 'gzip' })
    expect(headers['content-encoding']).toBe('gzip')
    expect(headers['content-security-policy']).toContain("'sha256-")
    expect(gunzipSync(body).toString()).toBe(PAGE.join('').replaceAll(MARKER, FILLER))
  })

  it('gives Next the marker as nonce, whatever the client sent, and no accept-encoding', async () => {
    seenByNext.length = 0
    await get('/page', { 'content-security-policy': "script-src 'nonce-chosen'", 'accept-encoding': 'gzip' })
    expect(seenByNext[0]?.['content-security-policy']).toBe(`script-src 'nonce-${MARKER}'`)
    expect(seenByNext[0]?.['accept-encoding']).toBeUndefined()
  })

  it('never sends the marker in flight data, even split across chunks', async () => {
    const { headers, body } = await get('/flight')
    expect(body.toString()).toBe(`0:{"nonce":"${FILLER}"}\n`)
    expect(headers['content-security-policy']).toBe(BASE_POLICY)
  })

  it('leaves other responses alone', async () => {
    const { headers, body } = await get('/json')
    expect(JSON.parse(body.toString())).toEqual({ nonce: MARKER })
    expect(headers['content-security-policy']).toBe(BASE_POLICY)
  })

  it('sends no policy with a 304, so the browser keeps the one stored with the page', async () => {
    const { status, headers } = await get('/not-modified')
    expect(status).toBe(304)
    expect(headers['content-security-policy']).toBeUndefined()
  })

  it('tags each page with an ETag of its content and answers a request naming it with 304', async () => {
    const first = await get('/page')
    const etag = first.headers.etag
    expect(etag).toMatch(/^"[\w-]{43}"$/)
    expect((await get('/page')).headers.etag).toBe(etag)
    expect((await get('/other')).headers.etag).not.toBe(etag)

    for (const ifNoneMatch of [String(etag), `W/${etag}`, `"stale", ${etag}`, '*']) {
      const { status, headers, body } = await get('/page', {
        'if-none-match': ifNoneMatch,
        'accept-encoding': 'gzip',
      })
      expect(status, ifNoneMatch).toBe(304)
      expect(headers.etag).toBe(etag)
      expect(headers['content-security-policy']).toBeUndefined()
      expect(headers['content-encoding']).toBeUndefined()
      expect(body.length).toBe(0)
    }
    const stale = await get('/page', { 'if-none-match': '"stale"' })
    expect(stale.status).toBe(200)
    expect(stale.body.toString()).toBe(PAGE.join('').replaceAll(MARKER, FILLER))
  })

  it('prepares a page Next passes whole once, and sends the same bytes, policy and ETag each time', async () => {
    const streamed = await get('/page')
    const first = await get('/cached')
    expect(preparedPages.size.pages).toBe(1)
    const again = await get('/cached')
    expect(preparedPages.size.pages).toBe(1)
    for (const response of [first, again]) {
      expect(response.body.toString()).toBe(streamed.body.toString())
      expect(response.headers['content-security-policy']).toBe(streamed.headers['content-security-policy'])
      expect(response.headers.etag).toBe(streamed.headers.etag)
    }
    const notModified = await get('/cached', { 'if-none-match': String(first.headers.etag) })
    expect(notModified.status).toBe(304)
  })

  it('answers HEAD with the headers and no body', async () => {
    const { status, headers, body } = await get('/page', {}, 'HEAD')
    expect(status).toBe(200)
    expect(headers['content-security-policy']).toBe(BASE_POLICY)
    expect(body.length).toBe(0)
  })
})

describe('the memo of prepared pages', () => {
  const prepared = (size: number) => ({ body: Buffer.alloc(size), tag: '"t"', hashes: [] })

  it('forgets the oldest pages once their text and bodies pass its size', () => {
    const memo = createPreparedPages(1000)
    memo.set('a'.repeat(200), prepared(200))
    memo.set('b'.repeat(200), prepared(200))
    expect(memo.size).toEqual({ pages: 2, bytes: 800 })
    memo.set('c'.repeat(200), prepared(200))
    expect(memo.size).toEqual({ pages: 2, bytes: 800 })
    expect(memo.get('a'.repeat(200))).toBeUndefined()
    expect(memo.get('c'.repeat(200))?.body.length).toBe(200)
  })

  it('never holds a page bigger than itself', () => {
    const memo = createPreparedPages(1000)
    memo.set('x'.repeat(600), prepared(600))
    expect(memo.size).toEqual({ pages: 0, bytes: 0 })
  })
})
