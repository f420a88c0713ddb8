import type { IssueLog } from '@/lib/domain/issues'
import { createIssueLog, toFailedResult, toParseResult } from '@/lib/domain/issues'
import { contactKeys, readContact } from './readContacts'
import type { FrontMatterField } from './readFrontMatter'
import { readFrontMatter } from './readFrontMatter'
import { readParticipants } from './readParticipants'
import { chapterAddress, readPublicationLink } from './readPublicationLink'
import { readTaskPeriod } from './readTaskPeriod'
import { isBlank, readCount, readText } from './readValues'
import type { LegacyTask, ParseResult } from './types'
import { warnUnknownKeys } from './warnUnknownKeys'

const OPERATOR_KEYS = contactKeys('taskOperator')
const CONTACT_KEYS = contactKeys('contact')

const KNOWN_KEYS = new Set<string>([
  'layout',
  'tags',
  'number',
  'title',
  'status',
  'timePeriod',
  'Participants',
  'shortDescription',
  'publicationLink',
  ...OPERATOR_KEYS,
  ...CONTACT_KEYS,
])

/** Status words of legacy pages, in any letter case. */
const STATUSES: Record<string, LegacyTask['status']> = {
  ongoing: 'ongoing',
  active: 'ongoing',
  running: 'ongoing',
  completed: 'completed',
  complete: 'completed',
  finished: 'completed',
  closed: 'completed',
}

function readNumber(field: FrontMatterField | undefined, log: IssueLog): number {
  if (!field || isBlank(field.value)) {
    log.errors.push({ line: field?.valueLine ?? 1, message: 'missing task number' })
    return 0
  }
  const number = readCount(field.value, 'task number', field.valueLine, log)
  if (number === 0) log.errors.push({ line: field.valueLine, message: 'task number must be at least 1' })
  return number ?? 0
}

function readStatus(field: FrontMatterField | undefined, log: IssueLog): LegacyTask['status'] {
  const text = readText(field, log)
  const status = STATUSES[text.toLowerCase()]
  if (status) return status
  const message = text
    ? `unknown status "${text}" (expected Ongoing or Completed)`
    : 'missing status (expected Ongoing or Completed)'
  log.errors.push({ line: field?.valueLine ?? 1, message })
  return 'ongoing'
}

/** The years of `timePeriod`, or its text kept for an editor (with a warning) when they cannot be read. */
function readPeriod(field: FrontMatterField | undefined, log: IssueLog) {
  const text = readText(field, log)
  const period = text ? readTaskPeriod(text) : null
  if (period) return { ...period, periodNote: null }
  if (text) {
    const message = `cannot read start and end years from timePeriod "${text}": kept as a note for editors`
    log.warnings.push({ line: field?.valueLine ?? 1, message, kind: 'period' })
  }
  return { startYear: null, endYear: null, periodNote: text || null }
}

/** Parses a legacy task page (YAML front matter + Markdown body); never throws. */
export function parseLegacyTask(source: string): ParseResult<LegacyTask> {
  const log = createIssueLog()
  const frontMatter = readFrontMatter(source, log)
  if (!frontMatter) return toFailedResult(log)
  const { fields } = frontMatter
  warnUnknownKeys(fields, KNOWN_KEYS, log)

  const titleField = fields.get('title')
  const title = readText(titleField, log)
  if (!title && isBlank(titleField?.value)) {
    log.errors.push({ line: titleField?.valueLine ?? 1, message: 'missing task title' })
  }
  const publicationLink = readPublicationLink(fields.get('publicationLink'), log)
  if (publicationLink && !publicationLink.startsWith('/')) {
    const line = fields.get('publicationLink')?.valueLine ?? 1
    const message = `publicationLink "${publicationLink}" is not stored: tasks have no publication field`
    log.warnings.push({ line, message, kind: 'publication link' })
  }
  const task: LegacyTask = {
    number: readNumber(fields.get('number'), log),
    title,
    status: readStatus(fields.get('status'), log),
    ...readPeriod(fields.get('timePeriod'), log),
    participants: fields.has('Participants') ? readParticipants(fields.get('Participants'), log) : null,
    participantsLine: fields.get('Participants')?.line ?? 1,
    summary: readText(fields.get('shortDescription'), log) || null,
    operator: readContact(fields, OPERATOR_KEYS, log),
    contact: readContact(fields, CONTACT_KEYS, log),
    publicationLink: chapterAddress(publicationLink) ? publicationLink : null,
    body: frontMatter.body,
    bodyStartLine: frontMatter.bodyStartLine,
  }
  return toParseResult(log, task)
}
