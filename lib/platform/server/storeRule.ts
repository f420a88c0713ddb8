import type { OutgoingHttpHeaders } from 'node:http'

import { NEXT_CACHE_STATUS_HEADER } from '../framework/contracts.mjs'

import type { RecordedResponse } from './recordResponse.ts'
import type { StoredResponse } from './responseCache.ts'

// Hop-by-hop headers, ones written afresh for each answer, and Next's note of where its own
// answer came from (an answer from here says so with Age instead).
const NOT_STORED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  NEXT_CACHE_STATUS_HEADER,
])

function headerText(value: string | number | readonly string[] | undefined): string {
  if (value === undefined) return ''
  return typeof value === 'object' ? value.join(', ') : String(value)
}

/** The Surrogate-Control max-age in seconds, when there is one. */
function surrogateMaxAge(headers: OutgoingHttpHeaders): number | undefined {
  const maxAge = /max-age=(\d+)/.exec(headerText(headers['surrogate-control']))?.[1]
  return maxAge === undefined ? undefined : Number(maxAge)
}

/**
 * Files streamed from disk with ranges (publications' PDFs): kept in memory they would push out
 * the pages this cache is for, while the disk serves them as fast.
 */
const STREAMED_FILE_TYPES = /^application\/pdf\b/i

/**
 * Whether a response may be shared, from its status and headers alone: only a 200 the site marked
 * for shared caches (Surrogate-Control max-age, the same rule as the shipped Varnish
 * configuration), never one setting a cookie or marked private, never a PDF.
 */
export function isStorableResponse(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false
  if (/\b(private|no-store)\b/.test(headerText(headers['cache-control']))) return false
  if (STREAMED_FILE_TYPES.test(headerText(headers['content-type']))) return false
  return (surrogateMaxAge(headers) ?? 0) > 0
}

/** A finished response as the response cache keeps it, or null when it must not be shared. */
export function toStoredResponse(response: RecordedResponse, now = Date.now()): StoredResponse | null {
  const { headers } = response
  if (!isStorableResponse(response.status, headers)) return null
  const stored: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name)) continue
    stored[name] = Array.isArray(value) ? value.map(String) : String(value)
  }
  return {
    status: 200,
    headers: stored,
    body: response.body,
    keys: headerText(headers['surrogate-key'])
      .split(/[\s,]+/)
      .filter(Boolean),
    storedAt: now,
    expiresAt: now + (surrogateMaxAge(headers) ?? 0) * 1000,
  }
}
