// The internal route of `/embed/compare`: Next caches a rendered page per path, never per query
// string, so proxy.ts rewrites the embed's requests here with the normalised query as [key]
// (docs/caching.md). The page's code is at its address: app/(embed)/embed/compare/page.tsx.
export { default, generateMetadata } from '../../../embed/compare/page'

/** Rendered on its first request, never at build time: the build has no database. */
export function generateStaticParams() {
  return []
}
