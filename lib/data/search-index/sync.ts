import type { Payload } from 'payload'

import { readAllPublished, readPublished, toIndexedDocument } from './documents'
import { getSearchIndex } from './registry'
import { SEARCH_KINDS, type SearchKind } from './types'

/**
 * Brings one document's entry in line with what visitors may read: its published version, or no
 * entry when there is none. Called after every committed save and delete, so a draft saved over a
 * published document leaves the published text indexed, and unpublishing removes it.
 */
export async function reindexDocument(
  payload: Payload,
  kind: SearchKind,
  id: number | string,
): Promise<void> {
  const index = getSearchIndex(payload)
  const doc = await readPublished(payload, kind, id)
  if (doc) await index.replace([toIndexedDocument(kind, doc)])
  else await index.remove(kind, String(id))
}

/** Refills the index from every published document; returns how many were indexed. */
export async function rebuildSearchIndex(payload: Payload): Promise<number> {
  const index = getSearchIndex(payload)
  await index.clear()
  let count = 0
  for (const kind of SEARCH_KINDS) {
    for await (const docs of readAllPublished(payload, kind)) {
      await index.replace(docs.map((doc) => toIndexedDocument(kind, doc)))
      count += docs.length
    }
  }
  return count
}

/**
 * Creates the index when the server (or a script) starts, and fills it when it is new: a first
 * start, a deleted index file, or a new index layout. Runs in Payload's `onInit`.
 */
export async function prepareSearchIndex(payload: Payload): Promise<void> {
  if (!(await getSearchIndex(payload).prepare())) return
  const count = await rebuildSearchIndex(payload)
  if (count > 0) payload.logger.info(`Search index built: ${count} documents.`)
}
