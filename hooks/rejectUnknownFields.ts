import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

// Keys a client may send besides the collection's fields: identifiers, timestamps, the draft
// status and what the admin's account forms send.
const ALWAYS_ALLOWED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'password', 'confirm-password'])

/** Top-level keys of `data` that are not fields of the collection, in the order sent. */
export function findUnknownKeys(data: unknown, fieldNames: ReadonlySet<string>): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return []
  return Object.keys(data).filter((key) => !fieldNames.has(key) && !ALWAYS_ALLOWED.has(key))
}

/**
 * Refuses a create or update over REST that names a field the collection does not have,
 * instead of silently dropping it, so a typo (`bevv`) is not taken for a saved value.
 * GraphQL's schema already refuses unknown input fields; the Local API (seed, import)
 * is trusted.
 */
export const rejectUnknownFields: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI !== 'REST') return
  const data: unknown = 'data' in args ? args.data : undefined
  const fieldNames = new Set(collection.flattenedFields.map((field) => field.name))
  const unknown = findUnknownKeys(data, fieldNames)
  if (unknown.length === 0) return
  const list = unknown.map((key) => `"${key.slice(0, 50)}"`).join(', ')
  throw new APIError(
    `Unknown ${unknown.length === 1 ? 'field' : 'fields'} ${list} for ${collection.slug}: nothing was saved.`,
    400,
    undefined,
    true,
  )
}

/** The collection with {@link rejectUnknownFields} added to its hooks. */
export function withUnknownFieldCheck(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), rejectUnknownFields] },
  }
}
