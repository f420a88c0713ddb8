import { isEmail } from '@/lib/domain/text'

import type { IssueLog } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'
import { readText } from './readValues'
import type { LegacyContact } from './types'

/** Key suffixes of the contact slots a legacy country page has: `contactName`, `contactNameTwo`. */
export const CONTACT_SLOTS = ['', 'Two'] as const

/** The three keys of one contact: `<prefix>Name`, `<prefix>Affiliation`, `<prefix>Email`, plus a suffix. */
export function contactKeys(prefix: string, suffix = ''): [string, string, string] {
  return [`${prefix}Name${suffix}`, `${prefix}Affiliation${suffix}`, `${prefix}Email${suffix}`]
}

/** Every front matter key that describes a contact on a country page. */
export const CONTACT_KEYS = CONTACT_SLOTS.flatMap((slot) => contactKeys('contact', slot))

/**
 * One contact from its three keys; null when all are blank. A contact without a name, or with an
 * invalid e-mail address, is an error.
 */
export function readContact(
  fields: Map<string, FrontMatterField>,
  keys: [string, string, string],
  log: IssueLog,
): LegacyContact | null {
  const [nameKey, affiliationKey, emailKey] = keys
  const nameField = fields.get(nameKey)
  const affiliationField = fields.get(affiliationKey)
  const emailField = fields.get(emailKey)
  const name = readText(nameField, log)
  const affiliation = readText(affiliationField, log)
  const email = readText(emailField, log)
  if (!name && !affiliation && !email) return null

  if (!name) {
    const line = (nameField ?? (affiliation ? affiliationField : emailField))?.line ?? 1
    log.errors.push({ line, message: `${nameKey} is empty, but the contact has other details` })
  }
  if (email && !isEmail(email)) {
    const line = emailField?.valueLine ?? 1
    log.errors.push({ line, message: `${emailKey} "${email}" is not a valid e-mail address` })
  }
  return { name, affiliation, email }
}

/** Reads the contact slots of a country page; blank slots are skipped. */
export function readContacts(fields: Map<string, FrontMatterField>, log: IssueLog): LegacyContact[] {
  return CONTACT_SLOTS.flatMap((slot) => readContact(fields, contactKeys('contact', slot), log) ?? [])
}
