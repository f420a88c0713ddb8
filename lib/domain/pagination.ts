/** One page of a list, with where it sits in the whole. */
export type Page<T> = {
  items: T[]
  /** 1-based; a requested page past the end is the last page. */
  page: number
  pageCount: number
  /** 1-based position of the first item on the page in the whole list (0 when empty). */
  first: number
  last: number
}

/** The requested page of `items`, `perPage` at a time; out-of-range requests get the nearest page. */
export function paginate<T>(items: readonly T[], requested: number, perPage: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage))
  const page = Math.min(Math.max(1, Math.trunc(requested)), pageCount)
  const start = (page - 1) * perPage
  const pageItems = items.slice(start, start + perPage)
  return {
    items: pageItems,
    page,
    pageCount,
    first: pageItems.length === 0 ? 0 : start + 1,
    last: start + pageItems.length,
  }
}
