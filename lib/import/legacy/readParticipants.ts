import { cleanText } from '@/lib/domain/text'

import type { IssueLog } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'
import type { Participant } from './types'

/** The entries of `Participants` with their lines: a YAML list, or one comma-separated text. */
function readEntries(field: FrontMatterField): { raw: unknown; line: number }[] | null {
  const { value, valueLine } = field
  if (Array.isArray(value))
    return value.map((raw: unknown, i) => ({ raw, line: field.itemLines[i] ?? valueLine }))
  if (typeof value === 'string') return value.split(',').map((raw) => ({ raw, line: valueLine }))
  return null
}

/** Country names listed under `Participants`, each once, in order. */
export function readParticipants(field: FrontMatterField | undefined, log: IssueLog): Participant[] {
  if (!field || field.value === null || field.value === undefined) return []
  const entries = readEntries(field)
  if (!entries) {
    log.errors.push({ line: field.valueLine, message: '"Participants" must be a list of country names' })
    return []
  }
  const participants: Participant[] = []
  for (const { raw, line } of entries) {
    if (typeof raw !== 'string') {
      log.errors.push({ line, message: '"Participants" must hold country names only' })
      continue
    }
    const name = cleanText(raw)
    if (name && !participants.some((participant) => participant.name === name))
      participants.push({ name, line })
  }
  return participants
}
