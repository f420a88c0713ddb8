/** A role as the access tests see it: a visitor, an editor or an admin. */
export type Role = 'anonymous' | 'editor' | 'admin'
/** A collection operation the access rules govern. */
export type Operation = 'create' | 'read' | 'update' | 'delete'
/** Who may do what in one collection. */
export type Permissions = Record<Role, Record<Operation, boolean>>

const everything = { create: true, read: true, update: true, delete: true }
const readOnly = { create: false, read: true, update: false, delete: false }
const nothing = { create: false, read: false, update: false, delete: false }
const content: Permissions = { anonymous: readOnly, editor: everything, admin: everything }

/**
 * Who may do what: the rules of the issue, written out cell by cell. One table for the
 * Local API (access-matrix) and for REST and GraphQL (api-access), so they cannot drift.
 */
export const EXPECTED_ACCESS: Record<string, Permissions> = {
  countries: { ...content, editor: { ...everything, delete: false } },
  'ev-statistics': content,
  contacts: content,
  tasks: content,
  'policy-articles': content,
  publications: content,
  media: content,
  // What the job read from each PDF: only the job writes it, staff may read it (the admin shows it).
  'pdf-extracts': {
    anonymous: nothing,
    editor: { ...nothing, read: true },
    admin: { ...nothing, read: true },
  },
  // The target is always another user: editors may read and update only their own account.
  users: { anonymous: nothing, editor: nothing, admin: everything },
}
