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
  // The same for a save and a deletion: the document passes through unchanged.
  const expireAfterCommit = async <Doc>(args: { doc: Doc; req: PayloadRequest; context: RequestContext }) => {
    if (!args.context.disableRevalidate) await afterCommit(args.req, () => expireTags(tags))
    return args.doc
  }
  return { afterChange: expireAfterCommit, afterDelete: expireAfterCommit }
}
