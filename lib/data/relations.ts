/** A related document as Payload returns it: an id at depth 0, the document when populated. */
export type Related<T> = T | number | string | null | undefined

/** The populated documents of a relationship list, skipping ids that were not populated. */
export function populated<T extends object>(values: readonly Related<T>[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)
}

/** The populated document of a single relationship, if any. */
export function populatedOne<T extends object>(value: Related<T>): T | undefined {
  return typeof value === 'object' && value !== null ? value : undefined
}

/** The id of a related document whether or not it was populated. */
export function relatedId(value: Related<{ id: number | string }>): number | string | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}
