// The internal route of `/countries`: Next caches a rendered page per path, never per query string,
// so proxy.ts rewrites the page's requests here with the normalised query as [key] (docs/caching.md).
// The page's code is at its address: app/(frontend)/countries/page.tsx.
export { default, metadata } from '../../../countries/page'

/** Rendered on its first request, never at build time: the build has no database. */
export function generateStaticParams() {
  return []
}
