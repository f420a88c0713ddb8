import type { ArrayField, FieldHook } from 'payload'

import { isStaffField } from '@/access/isStaffField'
import { findReviewItems, type ReviewItem } from '@/lib/domain/review'

type StoredItem = ReviewItem & { id?: string | null }
type Row = Record<string, unknown>

/** The saved rows, so an unchanged question keeps its row id from one save to the next. */
function rowsOf(value: unknown): StoredItem[] {
  return Array.isArray(value)
    ? value.filter((row): row is StoredItem => typeof row === 'object' && row !== null && 'question' in row)
    : []
}

/**
 * The open questions editors left in a document's rich-text fields (`sources`), recomputed on
 * every save (seed, import, admin and API alike) and shown read-only in the admin's sidebar with
 * the sentence each sits in. `hasOpenReviewItems` (lib/domain/review) reads it. Visitors never see it.
 */
export function reviewItemsField(sources: readonly string[]): ArrayField {
  // Payload fills the fields a partial update leaves out from the saved document before this runs.
  const recompute: FieldHook<{ id: string }, unknown, Row> = ({ siblingData, previousValue }) => {
    const unclaimed = rowsOf(previousValue)
    return findReviewItems(...sources.map((source) => siblingData[source])).map((item) => {
      const index = unclaimed.findIndex(
        (row) => row.question === item.question && row.sentence === item.sentence,
      )
      const [same] = index >= 0 ? unclaimed.splice(index, 1) : []
      return same?.id ? { ...item, id: same.id } : item
    })
  }
  return {
    name: 'reviewItems',
    label: 'Open questions',
    labels: { singular: 'Open question', plural: 'Open questions' },
    type: 'array',
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      isSortable: false,
      initCollapsed: false,
      description:
        'Notes for editors found in the text, such as "(in DESI?)" or "()". Visitors see the text as written: edit it to resolve a note, and it disappears from this list on save.',
    },
    hooks: { beforeChange: [recompute] },
    fields: [
      { name: 'question', label: 'Note', type: 'text' },
      { name: 'sentence', label: 'In the sentence', type: 'textarea' },
    ],
  }
}
