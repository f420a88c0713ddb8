/** Public path of a document, for preview links; null when it has none yet. */
export function publicPathOf(collection: string, doc: { slug?: unknown; number?: unknown }): string | null {
  if (collection === 'countries' && typeof doc.slug === 'string' && doc.slug) return `/countries/${doc.slug}`
  if (collection === 'policy-articles' && typeof doc.slug === 'string' && doc.slug)
    return `/policies/${doc.slug}`
  if (collection === 'tasks' && typeof doc.number === 'number') return `/tasks/${doc.number}`
  return null
}

/** The admin's "Preview" link: enables draft mode for signed-in staff, then opens the page. */
export function previewUrlOf(collection: string, doc: { slug?: unknown; number?: unknown }): string | null {
  const path = publicPathOf(collection, doc)
  return path ? `/preview?path=${encodeURIComponent(path)}` : null
}

/** True for a same-site path that is safe to redirect to ("/countries/x", not "//evil" or "http:"). */
export function isSafeRedirectPath(path: string): boolean {
  return /^\/(?![/\\])[^\s]*$/.test(path) && !path.startsWith('/admin') && !path.startsWith('/api')
}
