import { cleanText } from '@/lib/domain/text'

import type { IssueLog } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'

/** A list value with the line of each item. */
export type ListValue = { items: unknown[]; lines: number[] }

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** Cleaned text of a field; '' when absent, empty or not text (the latter logged as an error). */
export function readText(field: FrontMatterField | undefined, log: IssueLog): string {
  if (!field || field.value === null || field.value === undefined) return ''
  const { value } = field
  if (typeof value === 'string') return cleanText(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  log.errors.push({ line: field.valueLine, message: `"${field.key}" must be text` })
  return ''
}

/** Why a number is not a usable count, or null when it is one. */
function describeBadCount(value: number): string | null {
  if (!Number.isFinite(value)) return 'is not a number'
  if (value < 0) return 'is negative'
  if (!Number.isInteger(value)) return 'is not a whole number'
  if (value > Number.MAX_SAFE_INTEGER) return 'is too large'
  return null
}

/** Reads a whole number ≥ 0, also from a numeric string ("3733"); undefined (logged) otherwise. */
export function readCount(raw: unknown, what: string, line: number, log: IssueLog): number | undefined {
  const text = typeof raw === 'string' ? cleanText(raw) : undefined
  const value = typeof raw === 'number' ? raw : text && NUMERIC.test(text) ? Number(text) : NaN
  const problem = describeBadCount(value)
  if (problem === null) return value === 0 ? 0 : value
  log.errors.push({ line, message: `${what} ${problem} (${showValue(raw)})` })
  return undefined
}

/** True for values that mean "nothing given": missing, null or blank text. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !cleanText(value))
}

/** Reads a YAML list or a string holding a JSON array; null when absent or invalid (logged). */
export function readList(field: FrontMatterField | undefined, log: IssueLog): ListValue | null {
  if (!field || isBlank(field.value)) return null
  const { value, valueLine } = field
  if (Array.isArray(value)) {
    const lines = value.map((_, index) => field.itemLines[index] ?? valueLine)
    return { items: value, lines }
  }
  if (typeof value === 'string') {
    const parsed = parseJson(cleanText(value))
    if (Array.isArray(parsed)) return { items: parsed, lines: parsed.map(() => valueLine) }
  }
  log.errors.push({ line: valueLine, message: `"${field.key}" must be a list such as [1, 2, 3]` })
  return null
}

/** Short printable form of any value for a message; YAML aliases can make values circular. */
function showValue(raw: unknown): string {
  if (typeof raw === 'number') return String(raw)
  let shown: string
  try {
    shown = JSON.stringify(raw) ?? String(raw)
  } catch {
    shown = String(raw)
  }
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown
}

/** JSON.parse that returns undefined instead of throwing. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
