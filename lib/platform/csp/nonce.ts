import { BASE_POLICY, EMBED_POLICY, isEmbedPath } from './policy'

/** The request header Next reads the nonce of its inline scripts from. */
const CSP_HEADER = 'content-security-policy'

/**
 * A Content-Security-Policy for a page rendered for this request only (the admin, search, a
 * preview): a fresh nonce that Next puts on the scripts it renders, and the policy that allows
 * exactly those. It replaces the policy of next.config.ts, so it repeats it: the embed policy on
 * an embed's path, which any site may frame, else the base policy. Pages kept in the cache carry
 * script hashes instead (lib/platform/cache/publicResponse.mjs).
 */
export function createNoncePolicy(pathname = '/'): {
  requestHeader: [string, string]
  responseHeader: [string, string]
} {
  const base = isEmbedPath(pathname) ? EMBED_POLICY : BASE_POLICY
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64')
  return {
    requestHeader: [CSP_HEADER, `script-src 'nonce-${nonce}'`],
    responseHeader: [CSP_HEADER, `${base}; script-src 'self' 'nonce-${nonce}'`],
  }
}
