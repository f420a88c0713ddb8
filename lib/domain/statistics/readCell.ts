import { checkInteger } from './integer'

// Plain decimal notation only: "1e3" is more likely a typo than an intended number.
const NUMBER = /^[+-]?\d+(\.\d+)?$/
// A count as a spreadsheet shows it with thousands separators: "12,345", "12 345".
const GROUPED = /^\d{1,3}([, \u00a0\u202f])\d{3}(\1\d{3})*$/

/** The bounds of a whole-number cell. */
export type IntegerBounds = { min: number; max?: number; required?: boolean }

/** A cell's value, or what is wrong with it. */
export type CellReading<T> = { value: T } | { error: string }

/**
 * Reads a whole number within bounds from a cell (empty is null: no data, never 0), with the
 * collection's own rules and messages (`checkInteger`). With `grouped`, thousands separators
 * as a spreadsheet copies them ("12,345") are accepted: the CSV import refuses them, because
 * in a CSV file a comma inside a number is far more likely a mistake.
 */
export function readIntegerCell(
  text: string,
  label: string,
  bounds: IntegerBounds,
  { grouped = false }: { grouped?: boolean } = {},
): CellReading<number | null> {
  if (text === '') return bounds.required ? { error: `${label} is missing` } : { value: null }
  const plain = grouped && GROUPED.test(text) ? text.replace(/\D/g, '') : text
  const value = Number(plain)
  if (!NUMBER.test(plain) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
    return { error: `${label} "${text}" is not a number` }
  }
  const checked = checkInteger(value, { label, ...bounds })
  return checked === true ? { value } : { error: checked.replace(/\.$/, '') }
}
