// The internal route of `/publications`: Next caches a rendered page per path, never per query string,
// so proxy.ts rewrites the page's requests here with the normalised query as [key] (docs/caching.md).
// The page's code is at its address: app/(frontend)/publications/page.tsx.
export { default, metadata } from '../../../publications/page'

/** Rendered on its first request, never at build time: the build has no database. */
export function generateStaticParams() {
  return []
}
