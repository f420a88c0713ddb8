import { randomBytes } from 'node:crypto'

const KEY = Symbol.for('ev-country-profiles.internal-revalidation-token')
type WithToken = { [KEY]?: string }

/**
 * A random token that lives only in this server process (shared across Next's bundles via
 * globalThis), letting background work such as scheduled publishing ask the process's own
 * HTTP handler to expire cached pages.
 */
export function internalRevalidationToken(): string {
  const store = globalThis as WithToken
  store[KEY] ??= randomBytes(32).toString('hex')
  return store[KEY]
}

export const INTERNAL_TOKEN_HEADER = 'x-internal-revalidation'
