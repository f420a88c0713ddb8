// @ts-check
// ETags for the pages the production server holds whole anyway (secureResponse.mjs). Next's own
// ETag hashes every page in JavaScript on every request, a third of the server's CPU time on a
// 200 KB cached page; it is turned off (generateEtags in next.config.ts) in favour of this one,
// a SHA-256 that is also the key under which the page's script hashes are remembered.
import { createHash } from 'node:crypto'

/**
 * A strong ETag for a page body.
 * @param {Buffer} page
 */
export function entityTagOf(page) {
  return `"${createHash('sha256').update(page).digest('base64url')}"`
}

/**
 * True when an If-None-Match header names the tag (or is `*`): the client's copy is current.
 * Weak comparison, as RFC 9110 prescribes for If-None-Match.
 * @param {string | string[] | undefined} ifNoneMatch @param {string} tag
 */
export function isCurrent(ifNoneMatch, tag) {
  if (ifNoneMatch === undefined) return false
  const candidates = String(ifNoneMatch)
    .split(',')
    .map((candidate) => candidate.trim())
  return candidates.some((candidate) => candidate === '*' || candidate.replace(/^W\//, '') === tag)
}

/**
 * Turns a response into a 304: no body, and no policy, so the browser keeps the one stored
 * with its copy (a 304's headers would replace the stored ones).
 * @param {import('node:http').ServerResponse} res
 */
export function markNotModified(res) {
  res.statusCode = 304
  for (const name of ['content-security-policy', 'content-type', 'content-length']) res.removeHeader(name)
}
