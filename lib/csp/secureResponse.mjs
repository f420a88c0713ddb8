// @ts-check
// Puts the Content-Security-Policy of a page together after Next has produced it, so pages can
// come from Next's cache unchanged: used by scripts/start-server.mjs around Next's handler.
//
// - text/html (not HEAD): the body is held until complete, the marker is replaced, and the
//   policy gets `script-src 'self'` plus the hash of every inline script Next marked. A 200
//   page also gets an ETag (entityTag.mjs), a GET naming it gets 304, and a page Next served
//   from its cache is offered to the response cache (lib/server/responseCache.mjs).
// - text/x-component (React's flight data for client navigation): streamed, marker replaced.
// - 304: no policy, so the browser keeps the one stored with the page (a 304 has no body to
//   hash, and its headers would replace the stored ones).
// - a response its route marked shareable: held, tagged and offered to the response cache.
// - everything else passes through untouched.
import { isShareable, SHAREABLE_HEADER } from '../server/responseCache.mjs'
import { entityTagOf, isCurrent, markNotModified } from './entityTag.mjs'
import { createMarkerScrubber, replaceMarker } from './marker.mjs'
import { inlineScriptHashes, withScriptSrc } from './scriptPolicy.mjs'

/** @typedef {import('./preparedPages.mjs').PreparedPage} PreparedPage */
/** @typedef {ReturnType<typeof import('./preparedPages.mjs').createPreparedPages>} PreparedPages */

/**
 * @typedef {object} CspOptions
 * @property {string} marker the secret Next received as nonce
 * @property {string} filler what visitors get instead of the marker (same length)
 * @property {ReadonlySet<string>} trusted hashes of the inline scripts of pages prerendered at build
 * @property {(error: unknown) => void} onError told when a page's scripts could not be hashed
 * @property {Map<string, string[]>} [hashesByPage] remembers the hashes of pages served before,
 *   by the page's ETag: cached pages are the same bytes every time
 * @property {(response: import('../server/responseCache.mjs').CachedResponse) => void} [onShareable]
 *   given each finished page that may be shared with later requests (responseCache.mjs)
 * @property {PreparedPages} [preparedPages] remembers pages Next passed
 *   whole as a string (its cached pages), ready to send
 */

// How many pages `hashesByPage` remembers (a few hundred bytes each).
const REMEMBERED_PAGES = 1000

/**
 * The request as Next should see it: its CSP names the marker as nonce (any nonce the client
 * sent is dropped, or it would end up in cached pages).
 * @param {import('node:http').IncomingMessage} req @param {string} marker
 */
export function markRequest(req, marker) {
  req.headers['content-security-policy'] = `script-src 'nonce-${marker}'`
  delete req.headers['content-security-policy-report-only']
}

/**
 * (chunk?, encoding?, callback?) as accepted by `write` and `end`.
 * @param {unknown[]} args
 */
function splitArguments(args) {
  const [first, second, third] = args
  if (typeof first === 'function') return { chunk: undefined, encoding: undefined, callback: first }
  if (typeof second === 'function') return { chunk: first, encoding: undefined, callback: second }
  return { chunk: first, encoding: typeof second === 'string' ? second : undefined, callback: third }
}

/**
 * @param {unknown} chunk @param {string | undefined} encoding
 * @returns {Buffer}
 */
function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding ?? 'utf8'))
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  return Buffer.alloc(0)
}

/**
 * Headers given to `writeHead` itself, as an object or as [name, value] pairs.
 * @param {import('node:http').ServerResponse} res @param {unknown} headers
 */
function applyHeaders(res, headers) {
  if (Array.isArray(headers)) {
    const pairs = Array.isArray(headers[0])
      ? headers
      : headers.flatMap((value, index) => (index % 2 === 0 ? [[value, headers[index + 1]]] : []))
    for (const [name, value] of pairs) res.appendHeader(String(name), value)
  } else if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
  }
}

/**
 * Wraps `res` before Next writes to it (after any outer compression, which then compresses what
 * this sends on).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {CspOptions} options
 */
export function secureResponse(req, res, options) {
  const { marker, filler } = options
  const down = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  /** @type {unknown} */
  const downFlush = Reflect.get(res, 'flush')
  /** @type {unknown} */
  let innerFlush
  /** @type {'html' | 'stream' | 'shared' | 'pass' | undefined} */
  let mode
  let isSending = false
  /** @type {Buffer[]} */
  const chunks = []
  const scrubber = createMarkerScrubber(marker, filler)

  function decide() {
    if (mode !== undefined) return mode
    for (const name of res.getHeaderNames()) {
      const value = res.getHeader(name)
      if (typeof value === 'string' && value.includes(marker))
        res.setHeader(name, value.replaceAll(marker, filler))
    }
    const type = String(res.getHeader('content-type') ?? '').toLowerCase()
    if (res.statusCode === 304) {
      res.removeHeader('content-security-policy')
      mode = 'pass'
    } else if (type.startsWith('text/html') && req.method !== 'HEAD') mode = 'html'
    else if (type.startsWith('text/x-component')) mode = 'stream'
    else if (res.hasHeader(SHAREABLE_HEADER) && options.onShareable) mode = 'shared'
    else mode = 'pass'
    // The mark is for this server only.
    if (mode !== 'shared') res.removeHeader(SHAREABLE_HEADER)
    return mode
  }

  const isHolding = () => (decide() === 'html' || mode === 'shared') && !isSending

  /**
   * The page ready to send: its ETag, the hashes of its scripts (remembered by ETag) and its
   * body with the marker replaced. Not complete when the hashes could not be computed.
   * @param {Buffer} page
   * @returns {{ page: PreparedPage, isComplete: boolean }}
   */
  function prepare(page) {
    const tag = entityTagOf(page)
    const body = replaceMarker(page, marker, filler)
    const memo = options.hashesByPage
    const remembered = memo?.get(tag)
    if (remembered) return { page: { body, tag, hashes: remembered }, isComplete: true }
    try {
      const hashes = inlineScriptHashes(page.toString('utf8'), options)
      if (memo) {
        if (memo.size >= REMEMBERED_PAGES) memo.delete(memo.keys().next().value ?? '')
        memo.set(tag, hashes)
      }
      return { page: { body, tag, hashes }, isComplete: true }
    } catch (error) {
      options.onError(error)
      return { page: { body, tag, hashes: [] }, isComplete: false }
    }
  }

  /**
   * A page Next passed whole as a string comes from the memo of prepared pages when it can.
   * @param {unknown} chunk @param {string | undefined} encoding
   */
  function preparedFrom(chunk, encoding) {
    const memo = options.preparedPages
    const isWholeText = chunks.length === 0 && typeof chunk === 'string' && (encoding ?? 'utf8') === 'utf8'
    const text = isWholeText ? chunk : undefined
    const remembered = text === undefined ? undefined : memo?.get(text)
    if (remembered) return remembered
    chunks.push(toBuffer(chunk, encoding))
    const { page, isComplete } = prepare(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks))
    if (text !== undefined && isComplete) memo?.set(text, page)
    return page
  }

  /** @type {(this: import('node:http').ServerResponse, statusCode: number, ...rest: unknown[]) => import('node:http').ServerResponse} */
  function writeHead(statusCode, ...rest) {
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined
    res.statusCode = statusCode
    if (reason !== undefined) res.statusMessage = reason
    applyHeaders(res, reason === undefined ? rest[0] : rest[1])
    if (isHolding()) return res
    return down.writeHead.call(res, res.statusCode) // the status message is set above
  }

  /** @type {(...args: unknown[]) => boolean} */
  function write(...args) {
    if (decide() === 'pass') return Reflect.apply(down.write, res, args)
    const { chunk, encoding, callback } = splitArguments(args)
    const data = toBuffer(chunk, encoding)
    if (mode === 'stream') return Reflect.apply(down.write, res, [scrubber.push(data), callback])
    if (isSending) return false
    chunks.push(data)
    if (typeof callback === 'function') process.nextTick(callback)
    return true
  }

  /** @type {(...args: unknown[]) => import('node:http').ServerResponse} */
  function end(...args) {
    if (decide() === 'pass') return Reflect.apply(down.end, res, args)
    const { chunk, encoding, callback } = splitArguments(args)
    if (mode === 'stream') {
      const data = toBuffer(chunk, encoding)
      return Reflect.apply(down.end, res, [Buffer.concat([scrubber.push(data), scrubber.flush()]), callback])
    }
    if (isSending) return res
    isSending = true
    if (mode === 'shared') return endShared(toBuffer(chunk, encoding), callback)
    const page = preparedFrom(chunk, encoding)
    if (res.statusCode === 200) {
      res.setHeader('ETag', page.tag)
      if (isCurrent(req.headers['if-none-match'], page.tag)) {
        markNotModified(res)
        return Reflect.apply(down.end, res, [callback])
      }
    }
    const policy = String(res.getHeader('content-security-policy') ?? '')
    res.setHeader('Content-Security-Policy', withScriptSrc(policy, page.hashes))
    if (options.onShareable && isShareable(res)) {
      options.onShareable({ headers: res.getHeaders(), body: page.body, tag: page.tag })
    }
    return Reflect.apply(down.end, res, [page.body, callback])
  }

  /**
   * A response its route marked as shareable (not a page): tagged, handed to the response
   * cache, and sent.
   * @param {Buffer} last @param {unknown} callback
   */
  function endShared(last, callback) {
    chunks.push(last)
    const body = Buffer.concat(chunks)
    res.removeHeader(SHAREABLE_HEADER)
    const tag = entityTagOf(body)
    res.setHeader('ETag', tag)
    if (res.statusCode === 200 && !res.hasHeader('set-cookie')) {
      options.onShareable?.({ headers: res.getHeaders(), body, tag })
    }
    return Reflect.apply(down.end, res, [body, callback])
  }

  function flushHeaders() {
    if (!isHolding()) down.flushHeaders.call(res)
  }

  // Next calls `res.flush()` after each chunk it streams; the compression middleware inside Next
  // (which compresses nothing here) replaces it, so keep ours reachable and call both.
  function flush() {
    if (typeof innerFlush === 'function') Reflect.apply(innerFlush, res, [])
    if (!isHolding() && typeof downFlush === 'function') Reflect.apply(downFlush, res, [])
  }

  Object.assign(res, { writeHead, write, end, flushHeaders })
  Object.defineProperty(res, 'flush', {
    configurable: true,
    get: () => flush,
    /** @param {unknown} value */
    set: (value) => {
      innerFlush = value
    },
  })
}
