// @ts-check
// Which inline scripts a page may run, as a `script-src` directive of hashes. Next marks the
// scripts it renders with the nonce it finds in the request's Content-Security-Policy; the
// production server puts a secret marker there (lib/csp/marker.mjs), so a script carrying that
// marker is Next's own, and any other inline script (one smuggled into the content) gets no hash.
import { findScripts, scriptHashSource } from './inlineScripts.mjs'

/**
 * Hash sources of the inline scripts Next rendered: those whose `nonce` is the marker (hashed
 * as served, with the marker replaced by `filler`) and those whose hash is `trusted` (pages
 * prerendered at build time, which carry no marker). Scripts with `src` are files: 'self'.
 * @param {string} html the page as rendered, still containing the marker
 * @param {{ marker: string, filler: string, trusted?: ReadonlySet<string> }} options
 * @returns {string[]} distinct sources in document order
 */
export function inlineScriptHashes(html, { marker, filler, trusted }) {
  /** @type {Set<string>} */
  const hashes = new Set()
  for (const script of findScripts(html)) {
    if (script.attributes.has('src')) continue
    if (script.attributes.get('nonce') === marker) {
      hashes.add(scriptHashSource(script.text.replaceAll(marker, filler)))
      continue
    }
    const hash = scriptHashSource(script.text)
    if (trusted?.has(hash)) hashes.add(hash)
  }
  return [...hashes]
}

/**
 * Hash sources of every inline script of a document that is trusted as a whole (build output).
 * @param {string} html
 */
export function allInlineScriptHashes(html) {
  return findScripts(html)
    .filter((script) => !script.attributes.has('src'))
    .map((script) => scriptHashSource(script.text))
}

/**
 * `policy` (the one next.config.ts sends with every response) with its `script-src`, if any,
 * replaced by one that allows the site's own files and exactly the given inline scripts.
 * @param {string} policy e.g. "frame-ancestors 'self'; object-src 'none'"
 * @param {readonly string[]} hashes
 */
export function withScriptSrc(policy, hashes) {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^script-src(\s|$)/i.test(directive))
  directives.push(["script-src 'self'", ...hashes].join(' '))
  return directives.join('; ')
}
