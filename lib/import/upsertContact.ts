import type { Payload, PayloadRequest, Where } from 'payload'

import { findOne } from '@/lib/data/content/findOne'
import type { LegacyContact } from '@/lib/import/legacy/types'
import type { Contact } from '@/payload-types'

type Options = { payload: Payload; req: PayloadRequest; dryRun: boolean }

/**
 * Creates or updates a contact, matched by e-mail address (or, without one, by a name that has no
 * address either), so that re-importing never duplicates it. The role is set when the contact is
 * created only: an editor's choice, or a delegate who also runs a task, is kept.
 * Returns the contact's id, or undefined in a dry run.
 */
export async function upsertContact(
  contact: LegacyContact,
  role: NonNullable<Contact['role']>,
  { payload, req, dryRun }: Options,
): Promise<Contact['id'] | undefined> {
  const email = contact.email.toLowerCase()
  const where: Where = email
    ? { email: { equals: email } }
    : {
        and: [
          { name: { equals: contact.name } },
          // A blank address is null; MongoDB may also leave the field out.
          { or: [{ email: { exists: false } }, { email: { equals: null } }] },
        ],
      }
  const existing = await findOne(payload, 'contacts', where, req)
  if (dryRun) return undefined
  const data = { name: contact.name, affiliation: contact.affiliation, email: email || null }
  const doc = existing
    ? await payload.update({ collection: 'contacts', id: existing.id, data, req })
    : await payload.create({ collection: 'contacts', data: { ...data, role }, req })
  return doc.id
}
