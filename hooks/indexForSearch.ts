import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { afterCommit } from '@/lib/data/content/afterCommit'
import { reindexDocument } from '@/lib/data/search-index/sync'
import type { SearchKind } from '@/lib/data/search-index/types'

/**
 * Hooks that update a document's search-index entry once a save or delete is committed, like the
 * cache expiry (hooks/revalidateCollection.ts), and before it: list this hook first, so the page
 * rendered after the expiry searches the new text. Bulk writes index too (no `disableRevalidate`
 * here): the index is not refreshed at the end as caches are. A failure is logged, never turned
 * into a failed save; the entry is corrected by the document's next save or an index rebuild.
 */
export function indexForSearch(kind: SearchKind): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const update = async (req: PayloadRequest, id: number | string) => {
    await afterCommit(req, async () => {
      try {
        await reindexDocument(req.payload, kind, id)
      } catch (error) {
        req.payload.logger.error(`Could not update the search index for ${kind} ${id}: ${String(error)}`)
      }
    })
  }
  return {
    afterChange: async ({ doc, req }: { doc: { id: number | string }; req: PayloadRequest }) => {
      await update(req, doc.id)
      return doc
    },
    afterDelete: async ({ doc, req }: { doc: { id: number | string }; req: PayloadRequest }) => {
      await update(req, doc.id)
      return doc
    },
  }
}
