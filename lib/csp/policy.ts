// Relative imports only: next.config.ts loads this file too.

/**
 * The Content-Security-Policy of every response (next.config.ts): framing only by the site
 * itself, no plugins, no foreign base or form targets. Pages add their script-src: hashes when
 * kept in the cache (lib/cache/publicResponse.mjs), a nonce when rendered per request (proxy.ts).
 */
export const BASE_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
