import type { NumberField } from 'payload'

import { integerField } from '@/fields/integer'

/** A non-negative count of cars; admin lists show it with thousands separators. */
export function countField(name: string, label: string, description: string): NumberField {
  const field = integerField({ name, label, min: 0, description })
  return {
    ...field,
    admin: { ...field.admin, components: { Cell: '/components/admin/NumberCell#NumberCell' } },
  }
}
