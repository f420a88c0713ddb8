import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { afterCommit } from '@/lib/data/content/afterCommit'
import { expireTags } from '@/lib/platform/cache/revalidate'
import type { CacheTag } from '@/lib/platform/cache/tags'

/**
 * Hooks that expire the given cache tags whenever a document is saved or deleted, once the
 * change is committed. `context.disableRevalidate` skips it (bulk writes expire once at the end).
 */
export function revalidateCollection(tags: readonly CacheTag[]): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const expire = expireAfterCommit(tags)
  return { afterChange: expire, afterDelete: expire }
}

/** The same for a global (settings): its tags expire once a save is committed. */
export function revalidateGlobal(tags: readonly CacheTag[]): GlobalAfterChangeHook {
  return expireAfterCommit(tags)
}

// The same for a save and a deletion, of a document or a global: it passes through unchanged.
function expireAfterCommit(tags: readonly CacheTag[]) {
  return async <Doc>(args: { doc: Doc; req: PayloadRequest; context: RequestContext }) => {
    if (!args.context.disableRevalidate) await afterCommit(args.req, () => expireTags(tags))
    return args.doc
  }
}
