import type { Where } from 'payload'

import type { LegacyContact } from '@/lib/import/legacy/types'
import type { Contact } from '@/payload-types'

import { type ImportedId, type ImportTracker, isDryRunId, syncDocument } from './records/syncDocument'

const FIELD_LABELS: Record<string, string> = {
  name: 'the name',
  affiliation: 'the affiliation',
  email: 'the e-mail address',
  country: 'the country',
}

/** The contact's name in the file's import record. */
function recordKey(contact: LegacyContact): string {
  return `contact ${contact.email.toLowerCase() || contact.name}`
}

/**
 * Creates or updates a contact, matched by e-mail address (or, without one, by a name that has no
 * address either), so that re-importing never duplicates it. The role is set when the contact is
 * created only: an editor's choice, or a delegate who also runs a task, is kept. `line` is the
 * line of the contact's name in the file. Returns the contact's id (made up in a dry run).
 */
export async function upsertContact(
  contact: LegacyContact,
  role: NonNullable<Contact['role']>,
  line: number,
  tracker: ImportTracker,
): Promise<ImportedId> {
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
  const { id } = await syncDocument(tracker, {
    collection: 'contacts',
    key: recordKey(contact),
    where,
    values: { name: contact.name, affiliation: contact.affiliation, email: email || null },
    initial: { role },
    name: `contact ${contact.name}`,
    line,
    describe: (field) => ({ label: FIELD_LABELS[field] ?? field, line }),
  })
  return id
}

/** Links a contact of a country page to its country (a field the file sets, tracked like the others). */
export async function linkContactToCountry(
  contact: LegacyContact,
  ids: { contact: ImportedId; country: ImportedId },
  line: number,
  tracker: ImportTracker,
): Promise<void> {
  await syncDocument(tracker, {
    collection: 'contacts',
    key: recordKey(contact),
    where: isDryRunId(ids.contact) ? null : { id: { equals: ids.contact } },
    values: { country: ids.country },
    name: `contact ${contact.name}`,
    line,
    describe: (field) => ({ label: FIELD_LABELS[field] ?? field, line }),
  })
}
