import type { CollectionSlug } from 'payload'

import { adminDocumentUrl, collectionLabel, documentTitle, formatDate } from '../documents'
import type { AttentionCheck, AttentionItem } from '../types'

type Scheduled = {
  collection: CollectionSlug
  id: string
  type: 'publish' | 'unpublish'
  at: string
  failed: boolean
}

/** The document and action of a `schedulePublish` job's input (payload/versions/schedule). */
function readJob(
  input: unknown,
  waitUntil: string | null | undefined,
  hasError: boolean | null | undefined,
  isCollection: (slug: string) => slug is CollectionSlug,
): Scheduled | null {
  if (typeof input !== 'object' || input === null || !('doc' in input) || !waitUntil) return null
  const { doc } = input
  if (typeof doc !== 'object' || doc === null || !('relationTo' in doc) || !('value' in doc)) return null
  const { relationTo, value } = doc
  if (typeof relationTo !== 'string' || !isCollection(relationTo)) return null
  const type = 'type' in input && input.type === 'unpublish' ? 'unpublish' : 'publish'
  return { collection: relationTo, id: String(value), type, at: waitUntil, failed: hasError === true }
}

/** Publications and unpublications scheduled in Payload's job queue and not run yet. */
export const scheduledPublications: AttentionCheck = {
  title: 'Scheduled publications',
  run: async ({ payload, user }) => {
    // Nobody may read the job queue through the API (Payload's default); it is read here as the
    // admin's own schedule drawer reads it, and each document then with the editor's access.
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
      sort: 'waitUntil',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    const isCollection = (slug: string): slug is CollectionSlug => slug in payload.collections
    const scheduled = jobs.flatMap(
      (job) => readJob(job.input, job.waitUntil, job.hasError, isCollection) ?? [],
    )
    const readable = new Map<string, object & { id: number | string }>()
    for (const collection of new Set(scheduled.map((entry) => entry.collection))) {
      const ids = scheduled.filter((entry) => entry.collection === collection).map((entry) => entry.id)
      const { docs } = await payload.find({
        collection,
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
        // What will be published: the latest draft.
        draft: true,
        overrideAccess: false,
        user,
      })
      for (const doc of docs) readable.set(`${collection} ${doc.id}`, doc)
    }
    const items = scheduled.flatMap((entry): AttentionItem[] => {
      const doc = readable.get(`${entry.collection} ${entry.id}`)
      if (!doc) return []
      const action = entry.type === 'unpublish' ? 'to be unpublished' : 'to be published'
      const failed = entry.failed ? ' (failed: open it to schedule again)' : ''
      return [
        {
          label: `${collectionLabel(payload, entry.collection)}: ${documentTitle(payload, entry.collection, doc)}`,
          href: adminDocumentUrl(payload, entry.collection, doc.id),
          detail: `${action} ${formatDate(entry.at, { withTime: true })}${failed}`,
        },
      ]
    })
    return { items }
  },
}
