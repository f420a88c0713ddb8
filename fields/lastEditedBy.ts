import type { FieldHook, RelationshipField } from 'payload'

import { isStaff } from '@/lib/domain/roles'

/** Records the signed-in editor on every save (scripts and scheduled jobs leave it as it was). */
const recordEditor: FieldHook = ({
  req,
  value,
}: {
  req: { user?: { id: number | string } | null }
  value?: unknown
}) => (req.user ? req.user.id : value)

/**
 * Who saved the document last. Kept in every version, so the version history shows who
 * changed what and when; read by staff only, so visitors never see editors' accounts.
 */
export const lastEditedByField: RelationshipField = {
  name: 'lastEditedBy',
  label: 'Last edited by',
  type: 'relationship',
  relationTo: 'users',
  admin: { position: 'sidebar', readOnly: true },
  // Whatever a client sends is replaced by the signed-in user in the hook below.
  access: { read: ({ req: { user } }) => isStaff(user) },
  hooks: { beforeChange: [recordEditor] },
}
