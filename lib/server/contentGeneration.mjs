// @ts-check
// A counter of content changes, shared by the site (which bumps it whenever it expires cached
// pages: lib/cache/revalidate.ts) and the production server's response cache (which forgets
// every response from an older generation: responseCache.mjs). Both run in the same process
// but load this file as separate module copies (Next bundles its own), so the count lives on
// globalThis under a registered symbol.

const GENERATION = Symbol.for('ev-country-profiles.contentGeneration')

/** How many times cached content has been expired in this process. */
export function currentContentGeneration() {
  const value = Reflect.get(globalThis, GENERATION)
  return typeof value === 'number' ? value : 0
}

/** Records that cached content was expired: responses cached before now are out of date. */
export function announceContentChange() {
  Reflect.set(globalThis, GENERATION, currentContentGeneration() + 1)
}
