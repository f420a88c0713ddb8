import type { NumberField, NumberFieldSingleValidation } from 'payload'

type IntegerFieldOptions = {
  name: string
  label?: string
  min?: number
  /** Upper bound, computed at validation time (e.g. "next year"). */
  max?: () => number
  required?: boolean
  description?: string
  unique?: boolean
  index?: boolean
  /** Replaces the default whole-number check; call `checkInteger` from it. */
  validate?: NumberFieldSingleValidation
}

/** Message for a value that is not a whole number within bounds, or true when it is. */
export function checkInteger(
  value: unknown,
  { label, min, max, required }: { label: string; min?: number; max?: number; required?: boolean },
): string | true {
  if (value === null || value === undefined || value === '') {
    return required ? `${label} is required.` : true
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${label} must be a number.`
  if (!Number.isInteger(value)) return `${label} must be a whole number (got ${value}).`
  if (min !== undefined && value < min) return `${label} must be at least ${min} (got ${value}).`
  if (max !== undefined && value > max) return `${label} must be at most ${max} (got ${value}).`
  return true
}

/** A number field holding a whole number; empty stays empty (null), it never becomes 0. */
export function integerField({
  name,
  label = name,
  min,
  max,
  required = false,
  description,
  unique,
  index,
  validate,
}: IntegerFieldOptions): NumberField {
  return {
    name,
    label,
    type: 'number',
    required,
    min,
    unique,
    index,
    admin: { step: 1, description },
    validate: validate ?? ((value) => checkInteger(value, { label, min, max: max?.(), required })),
  }
}
