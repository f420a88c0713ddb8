import type { CollectionConfig } from 'payload'

/**
 * Drafts with autosave and a version history (who changed what, when; compare; restore)
 * for the collections editors write in. `schedulePublish` adds publish-at-a-time.
 */
export function draftsWithHistory({ schedulePublish = false } = {}): CollectionConfig['versions'] {
  return {
    drafts: { autosave: { interval: 2_000 }, schedulePublish },
    maxPerDoc: 50,
  }
}

/**
 * The edit screen's publish button for collections with drafts: unlike Payload's own, a click
 * that lands during an autosave is not lost (components/admin/publish/PublishButton.tsx).
 */
export const editWithDraftsComponents = {
  PublishButton: '/components/admin/publish/PublishButton#PublishButton',
}
