import type { IssueLog } from '@/lib/domain/issues'
import { cleanText } from '@/lib/domain/text'

import type { FrontMatterField } from '../readFrontMatter'
import { readText } from '../readValues'

/** `tags` as a string or a YAML list; other values are left out with a warning. */
export function readTags(field: FrontMatterField | undefined, log: IssueLog): string[] {
  const value = field?.value
  if (!field || value === null || value === undefined) return []
  const items: unknown[] = Array.isArray(value) ? value : [value]
  if (items.every((item) => ['string', 'number'].includes(typeof item))) {
    return items.map((item) => cleanText(String(item))).filter(Boolean)
  }
  const message = '"tags" must be a tag or a list of tags: left out'
  log.warnings.push({ line: field.valueLine, message, kind: 'publication' })
  return []
}

/** The legacy sort order `id`: a whole number (also as a string); anything else is left out with a warning. */
export function readSortOrder(field: FrontMatterField | undefined, log: IssueLog): number | null {
  const text = readText(field, log)
  if (!field || !text) return null
  if (/^\d+$/.test(text)) return Number(text)
  const message = `id "${text}" is not a whole number: the old sort order is left out`
  log.warnings.push({ line: field.valueLine, message, kind: 'publication' })
  return null
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2021-02-30). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** YYYY-MM-DD from "2021-05-01", "2021-05-01T10:00:00Z" or "1.5.2021"; null for anything else. */
function toIsoDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text)
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  const [year, month, day] = iso ? iso.slice(1) : european ? [european[3], european[2], european[1]] : []
  if (!year || !month || !day) return null
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDate(date) ? date : null
}

/**
 * `Date` (or `date`): a full date gives the date and its year (see {@link toIsoDate}); YYYY-MM
 * or YYYY only the year. Anything else is left out with a warning.
 */
export function readDate(
  field: FrontMatterField | undefined,
  log: IssueLog,
): { date: string | null; year: number | null } {
  const text = readText(field, log)
  if (!field || !text) return { date: null, year: null }
  const date = toIsoDate(text)
  if (date) return { date, year: Number(date.slice(0, 4)) }
  if (/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text)) return { date: null, year: Number(text.slice(0, 4)) }
  const message = `${field.key} "${text}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY): left out`
  log.warnings.push({ line: field.valueLine, message, kind: 'publication' })
  return { date: null, year: null }
}

/** A year from 1990 to 2099 written in a title ("Annual Report 2021"), or null. */
export function yearInTitle(title: string): number | null {
  const match = /(?<!\d)(199\d|20\d\d)(?!\d)/.exec(title)
  return match?.[1] ? Number(match[1]) : null
}
