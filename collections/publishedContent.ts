import type { Access, CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { indexForSearch } from '@/hooks/indexForSearch'
import { revalidateCollection } from '@/hooks/revalidateCollection'
import type { SearchKind } from '@/lib/data/search-index/types'
import { previewUrlOf } from '@/lib/domain/urls'
import type { CacheTag } from '@/lib/platform/cache/tags'

type PublishedContentOptions = {
  slug: string
  /** The cache tags a change of these documents expires. */
  tags: readonly CacheTag[]
  /** The search index's name for these documents, when the site search finds them. */
  searchKind?: SearchKind
  /** Who may delete; staff unless said otherwise. */
  canDelete?: Access
  /** Adds "Schedule publish" (publish at a set time, run by the server's job queue). */
  schedulePublish?: boolean
}

/** The part of a collection's configuration that {@link publishedContent} makes. */
type PublishedContentConfig = Pick<CollectionConfig, 'slug' | 'access' | 'versions' | 'hooks'> & {
  admin: Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'components'>
}

/**
 * What every collection of public, editor-written content shares: anyone reads what is published
 * and staff everything; staff write; drafts with autosave and a version history (who changed
 * what, when; compare; restore); the admin's preview link and its publish button that never loses
 * a click made during an autosave (components/admin/publish/PublishButton.tsx); and after every
 * committed change, the search index and then the expiry of the cache tags (in that order: pages
 * rendered after the expiry must search the new text). Spread it into the collection and add
 * its own admin settings beside `admin`.
 */
export function publishedContent({
  slug,
  tags,
  searchKind,
  canDelete = isStaff,
  schedulePublish = false,
}: PublishedContentOptions): PublishedContentConfig {
  const revalidate = revalidateCollection(tags)
  const searchIndex = searchKind ? indexForSearch(searchKind) : null
  return {
    slug,
    admin: {
      preview: (doc) => previewUrlOf(slug, doc),
      components: { edit: { PublishButton: '/components/admin/publish/PublishButton#PublishButton' } },
    },
    access: {
      read: publishedOrStaff,
      readVersions: isStaff,
      create: isStaff,
      update: isStaff,
      delete: canDelete,
    },
    versions: {
      drafts: { autosave: { interval: 2_000 }, schedulePublish },
      maxPerDoc: 50,
    },
    hooks: {
      afterChange: [...(searchIndex ? [searchIndex.afterChange] : []), revalidate.afterChange],
      afterDelete: [...(searchIndex ? [searchIndex.afterDelete] : []), revalidate.afterDelete],
    },
  }
}
