import { BASE_POLICY } from './policy'

/** The request header Next reads the nonce of its inline scripts from. */
const CSP_HEADER = 'content-security-policy'

/**
 * A Content-Security-Policy for a page rendered for this request only (the admin, search, a
 * preview): a fresh nonce that Next puts on the scripts it renders, and the policy that allows
 * exactly those. It replaces the base policy of next.config.ts, so it repeats it. Pages kept in
 * the cache carry script hashes instead (lib/cache/publicResponse.mjs).
 */
export function createNoncePolicy(): { requestHeader: [string, string]; responseHeader: [string, string] } {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64')
  return {
    requestHeader: [CSP_HEADER, `script-src 'nonce-${nonce}'`],
    responseHeader: [CSP_HEADER, `${BASE_POLICY}; script-src 'self' 'nonce-${nonce}'`],
  }
}
