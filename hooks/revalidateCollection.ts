import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { afterCommit } from '@/lib/content/afterCommit'
import { expireTags } from '@/lib/cache/revalidate'
import type { CacheTag } from '@/lib/cache/tags'

/**
 * Hooks that expire the given cache tags whenever a document is saved or deleted, once the
 * change is committed. `context.disableRevalidate` skips it (bulk writes expire once at the end).
 */
export function revalidateCollection(tags: readonly CacheTag[]): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const expireAfterCommit = async (req: PayloadRequest, context: RequestContext) => {
    if (!context.disableRevalidate) await afterCommit(req, () => expireTags(tags))
  }
  return {
    afterChange: async ({
      doc,
      req,
      context,
    }: {
      doc: unknown
      req: PayloadRequest
      context: RequestContext
    }) => {
      await expireAfterCommit(req, context)
      return doc
    },
    afterDelete: async ({
      doc,
      req,
      context,
    }: {
      doc: unknown
      req: PayloadRequest
      context: RequestContext
    }) => {
      await expireAfterCommit(req, context)
      return doc
    },
  }
}
