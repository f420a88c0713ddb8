import { isEmail } from '@/lib/text'

import type { IssueLog } from './issues'
import type { FrontMatterField } from './readFrontMatter'
import { readText } from './readValues'
import type { LegacyContact } from './types'

/** Key suffixes of the contact slots a legacy page has: `contactName`, `contactNameTwo`. */
export const CONTACT_SLOTS = ['', 'Two'] as const

/** Every front matter key that describes a contact. */
export const CONTACT_KEYS = CONTACT_SLOTS.flatMap((slot) => [
  `contactName${slot}`,
  `contactAffiliation${slot}`,
  `contactEmail${slot}`,
])

/** Reads the contact slots; blank slots are skipped, a contact without a name is an error. */
export function readContacts(fields: Map<string, FrontMatterField>, log: IssueLog): LegacyContact[] {
  const contacts: LegacyContact[] = []
  for (const slot of CONTACT_SLOTS) {
    const nameField = fields.get(`contactName${slot}`)
    const affiliationField = fields.get(`contactAffiliation${slot}`)
    const emailField = fields.get(`contactEmail${slot}`)
    const name = readText(nameField, log)
    const affiliation = readText(affiliationField, log)
    const email = readText(emailField, log)
    if (!name && !affiliation && !email) continue

    if (!name) {
      const line = (nameField ?? (affiliation ? affiliationField : emailField))?.line ?? 1
      const message = `contactName${slot} is empty, but the contact has other details`
      log.errors.push({ line, message })
    }
    if (email && !isEmail(email)) {
      const line = emailField?.valueLine ?? 1
      log.errors.push({ line, message: `contactEmail${slot} "${email}" is not a valid e-mail address` })
    }
    contacts.push({ name, affiliation, email })
  }
  return contacts
}
