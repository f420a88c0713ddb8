import type { RelationshipFieldManyValidation } from 'payload'

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  if (value && typeof value === 'object' && 'value' in value) return idOf(value.value)
  return undefined
}

/** A task cannot be both ongoing and completed for the same country. */
export const validateTaskLists: RelationshipFieldManyValidation = (completed, { siblingData }) => {
  const ongoing: unknown = (siblingData as { ongoingTasks?: unknown }).ongoingTasks
  const ongoingIds = new Set(Array.isArray(ongoing) ? ongoing.map(idOf) : [])
  const overlap = (completed ?? []).map(idOf).filter((id) => id !== undefined && ongoingIds.has(id))
  return overlap.length === 0
    ? true
    : 'A task cannot be both ongoing and completed: remove it from one of the lists.'
}
