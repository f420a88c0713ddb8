import type { CollectionAfterChangeHook, Field } from 'payload'

import { isStaffField } from '@/access/isStaffField'
import { cleanTextHook } from '@/fields/cleanTextHook'
import type { EvStatistic } from '@/payload-types'

/** Longest note an editor can give with a change. */
export const MAX_CHANGE_NOTE_LENGTH = 1_000

/**
 * What an editor says about one save: a note shown with the revision, and whether the change is
 * an editorial correction (a typo fixed, not a figure revised), which the public revision list
 * leaves out. Both are kept in that save's version only (clearChangeMarks), so a mark never
 * carries over to the next change. Staff only, like the versions they end up in.
 */
export const changeFields: Field[] = [
  {
    name: 'changeNote',
    label: 'Note on this change',
    type: 'textarea',
    maxLength: MAX_CHANGE_NOTE_LENGTH,
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      description:
        'Why the figures change with this save (e.g. “corrected by the national registry”); listed with the revision on the country page. Applies to this save only.',
    },
    hooks: { beforeValidate: [cleanTextHook] },
  },
  {
    name: 'isEditorialChange',
    label: 'Editorial correction (not a revision)',
    type: 'checkbox',
    defaultValue: false,
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      description:
        'Tick when this save only fixes a typo: the change is then not listed among the public revisions. Applies to this save only.',
    },
  },
]

/**
 * Once a save has been recorded as a version with its note and mark, clears both on the document
 * itself (a direct database write: no second version, no hooks), so the next save starts
 * without them whether it comes from the admin, the REST API, the table or an import.
 */
export const clearChangeMarks: CollectionAfterChangeHook<EvStatistic> = async ({ collection, doc, req }) => {
  if (!doc.changeNote && !doc.isEditorialChange) return doc
  const cleared = { changeNote: null, isEditorialChange: false }
  await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: cleared, req })
  return { ...doc, ...cleared }
}
