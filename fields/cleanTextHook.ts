import type { FieldHook } from 'payload'

import { cleanText } from '@/lib/domain/text'

/** Field hook: trims and removes zero-width characters from string values. */
export const cleanTextHook: FieldHook = ({ value }: { value?: unknown }) =>
  typeof value === 'string' ? cleanText(value) : value
