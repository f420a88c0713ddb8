import { readListQuery } from './listViews'
import type { ViewName } from './routeTable'
import { decodeViewKey, type ViewQuery } from './viewKey'

/** A page's search parameters as Next passes them. */
type SearchParams = Record<string, string | string[] | undefined>

/**
 * Props of a page cached per query: at its internal view (`/views/<view>/[key]`, where the proxy
 * sends it) the key holds the normalised query; at its own address it has the search parameters.
 */
export type QueryPageProps = {
  params: Promise<{ key?: string }>
  searchParams: Promise<SearchParams>
}

function toSearchParams(values: SearchParams): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value])
      if (item !== undefined) params.append(name, item)
  }
  return params
}

/**
 * The page's normalised query: decoded from the view's key, or read from the search parameters
 * when the page was reached at its own address (which renders it per request).
 */
export async function readPageQuery(props: QueryPageProps, view: ViewName): Promise<ViewQuery> {
  const { key } = await props.params
  if (key !== undefined) return decodeViewKey(key)
  return readListQuery(view, toSearchParams(await props.searchParams))
}
