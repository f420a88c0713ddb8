import type { Payload } from 'payload'

import { relatedId } from '@/lib/data/relations'
import type { User } from '@/payload-types'

import { adminDocumentUrl, collectionLabel, documentTitle, formatDate } from '../documents'
import type { AttentionCheck, AttentionItem } from '../types'

// The collections editors write drafts in (collections/versioning.ts).
const DRAFT_COLLECTIONS = ['countries', 'tasks', 'policy-articles', 'publications'] as const

async function draftsOf(
  payload: Payload,
  user: User,
  collection: (typeof DRAFT_COLLECTIONS)[number],
): Promise<AttentionItem[]> {
  // The latest version of a document is a draft exactly when it has changes nobody published.
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const ids = docs.flatMap((doc) => relatedId(doc.parent) ?? [])
  const { docs: current } = await payload.find({
    collection,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { _status: true },
    overrideAccess: false,
    user,
  })
  const published = new Set(current.filter((doc) => doc._status === 'published').map((doc) => String(doc.id)))
  return docs.map((doc) => {
    const id = relatedId(doc.parent) ?? doc.id
    const state = published.has(String(id)) ? 'changes not published' : 'never published'
    return {
      label: `${collectionLabel(payload, collection)}: ${documentTitle(payload, collection, { ...doc.version, id })}`,
      href: adminDocumentUrl(payload, collection, id),
      detail: `${state}, last saved ${formatDate(doc.updatedAt)}`,
    }
  })
}

/** Countries, tasks, articles and publications whose latest saved version is a draft. */
export const unpublishedDrafts: AttentionCheck = {
  title: 'Drafts with unpublished changes',
  run: async ({ payload, user }) => {
    const lists = await Promise.all(
      DRAFT_COLLECTIONS.map((collection) => draftsOf(payload, user, collection)),
    )
    return { items: lists.flat() }
  },
}
