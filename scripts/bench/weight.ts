// Page weight: reuses scripts/measure-page-weight.mjs (Debian Chromium via Playwright) and
// keeps only what the bench table and budgets need.
import { measurePageWeight } from '../measure-page-weight.mjs'

/** @typedef {{ raw: number, gzip: number }} Bytes */
/** @typedef {{ path: string, status: number, html: Bytes, css: Bytes, js: Bytes, total: Bytes }} PageBytes */

/**
 * Weighs each page loaded with an empty browser cache.
 * @param {string} origin @param {string[]} paths
 * @returns {Promise<PageBytes[]>}
 */
export async function weighPages(origin, paths) {
  const pages = await measurePageWeight({ baseUrl: origin, paths })
  const bytes = (/** @type {{ raw: number, gzip: number }} */ w) => ({ raw: w.raw, gzip: w.gzip })
  return pages.map((page) => ({
    path: page.path,
    status: page.status,
    html: bytes(page.byKind.document),
    css: bytes(page.byKind.stylesheet),
    js: bytes(page.byKind.script),
    total: bytes(page.total),
  }))
}
