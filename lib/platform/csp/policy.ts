// Relative imports only: next.config.ts loads this file too.

/** No plugins, no foreign base or form targets: every page, embeds included. */
const SHARED_DIRECTIVES = "object-src 'none'; base-uri 'self'; form-action 'self'"

/**
 * The Content-Security-Policy of every response (next.config.ts): framing only by the site
 * itself, and the shared directives. Pages add their script-src: hashes when kept in the cache
 * (lib/platform/cache/publicResponse.mjs), a nonce when rendered per request (proxy.ts).
 */
export const BASE_POLICY = `frame-ancestors 'self'; ${SHARED_DIRECTIVES}`

/** Where the embeds live: the only pages any site may frame. */
export const EMBED_PREFIX = '/embed'

/** The policy of the embeds: any site may frame them, everything else as {@link BASE_POLICY}. */
export const EMBED_POLICY = `frame-ancestors *; ${SHARED_DIRECTIVES}`

/** Where the publications' PDFs are served (Payload's file route of the collection). */
export const PUBLICATION_FILES_PREFIX = '/api/publications/file'

/**
 * The policy of a PDF: Chrome shows a PDF in a viewer of its own that `object-src 'none'` would
 * block ("This content is blocked"); framing stays the site's own.
 */
export const PDF_POLICY = "frame-ancestors 'self'; base-uri 'self'; form-action 'self'"

/** True for an embed's path (`/embed/…`). */
export function isEmbedPath(pathname: string): boolean {
  return pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`)
}
