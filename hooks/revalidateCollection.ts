import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/lib/cache/revalidate'
import type { CacheTag } from '@/lib/cache/tags'

/** Hooks that expire the given cache tags whenever a document is saved or deleted. */
export function revalidateCollection(tags: readonly CacheTag[]): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ doc, context }: { doc: unknown; context: { disableRevalidate?: unknown } }) => {
      if (!context.disableRevalidate) await expireTags(tags)
      return doc
    },
    afterDelete: async ({ doc, context }: { doc: unknown; context: { disableRevalidate?: unknown } }) => {
      if (!context.disableRevalidate) await expireTags(tags)
      return doc
    },
  }
}
