import { deriveIsoCode } from './deriveIsoCode'
import type { IssueLog } from '@/lib/domain/issues'
import { createIssueLog, toFailedResult, toParseResult } from '@/lib/domain/issues'
import { CONTACT_KEYS, readContacts } from './readContacts'
import type { FrontMatterField } from './readFrontMatter'
import { readFrontMatter } from './readFrontMatter'
import { readPublicationLink } from './readPublicationLink'
import { readStatistics, SERIES_KEYS } from './readStatistics'
import { readTaskNumbers } from './readTaskNumbers'
import { isBlank, readText } from './readValues'
import { warnUnknownKeys } from './warnUnknownKeys'
import type { LegacyCountry, ParseResult } from './types'

/** Keys the legacy site used only for its own templates. */
const IGNORED_KEYS = ['layout', 'tags']

const KNOWN_KEYS = new Set<string>([
  ...IGNORED_KEYS,
  ...CONTACT_KEYS,
  ...SERIES_KEYS,
  'name',
  'flag',
  'onGoings',
  'completedTasks',
  'publicationLink',
])

/** ISO code from the `flag` URL; the page cannot be imported without one. */
function readIsoCode(field: FrontMatterField | undefined, log: IssueLog): string {
  const flag = readText(field, log)
  const isoCode = flag ? deriveIsoCode(flag) : null
  if (isoCode) return isoCode
  const message = flag
    ? `cannot derive an ISO country code from flag "${flag}"`
    : 'missing flag: the ISO country code cannot be derived'
  log.errors.push({ line: field?.valueLine ?? 1, message })
  return ''
}

/** Parses a legacy country page (YAML front matter + Markdown body); never throws. */
export function parseLegacyCountry(source: string): ParseResult<LegacyCountry> {
  const log = createIssueLog()
  const frontMatter = readFrontMatter(source, log)
  if (!frontMatter) return toFailedResult(log)
  const { fields } = frontMatter

  warnUnknownKeys(fields, KNOWN_KEYS, log)
  const nameField = fields.get('name')
  const name = readText(nameField, log)
  // A name that is present but not text was already reported by readText.
  if (!name && isBlank(nameField?.value)) {
    log.errors.push({ line: nameField?.valueLine ?? 1, message: 'missing country name' })
  }

  const country: LegacyCountry = {
    name,
    isoCode: readIsoCode(fields.get('flag'), log),
    contacts: readContacts(fields, log),
    statistics: readStatistics(fields, log),
    ongoingTasks: readTaskNumbers(fields.get('onGoings'), log),
    completedTasks: readTaskNumbers(fields.get('completedTasks'), log),
    publicationLink: readPublicationLink(fields.get('publicationLink'), log),
    body: frontMatter.body,
    bodyStartLine: frontMatter.bodyStartLine,
  }
  return toParseResult(log, country)
}
