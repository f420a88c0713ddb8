import type { NumberField, NumberFieldSingleValidation } from 'payload'

import { checkInteger } from '@/lib/domain/statistics/integer'

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
