import type { CollectionSlug, Payload } from 'payload'

/** The admin address of a document's edit screen. */
export function adminDocumentUrl(payload: Payload, collection: CollectionSlug, id: number | string): string {
  return `${payload.config.routes.admin}/collections/${collection}/${encodeURIComponent(String(id))}`
}

/** The title the admin shows for a document (its `useAsTitle` field), or "Untitled" and its id. */
export function documentTitle(
  payload: Payload,
  collection: CollectionSlug,
  doc: object & { id: unknown },
): string {
  const field = payload.collections[collection]?.config.admin.useAsTitle ?? 'id'
  const value: unknown = (doc as Record<string, unknown>)[field]
  return typeof value === 'string' && value.trim() ? value : `Untitled (${String(doc.id)})`
}

/** The singular label of a collection ("Policy article"), for lists that mix collections. */
export function collectionLabel(payload: Payload, collection: CollectionSlug): string {
  const singular = payload.collections[collection]?.config.labels.singular
  return typeof singular === 'string' ? singular : collection
}

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** "5 Dec 2026", or "5 Dec 2026, 10:00 UTC" with the time. */
export function formatDate(value: string | Date, { withTime = false } = {}): string {
  const date = new Date(value)
  return withTime ? `${DATE_TIME.format(date)} UTC` : DATE.format(date)
}
