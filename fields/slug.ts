import type { TextField } from 'payload'

import { cleanText, slugify, SLUG_PATTERN } from '@/lib/domain/text'

type SlugFieldOptions = {
  /** The sibling field the slug is generated from when left empty. */
  from: string
}

/** A unique, editable URL slug generated from another field when left empty. */
export function slugField({ from }: SlugFieldOptions): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Used in the page address. Leave empty to generate it from the ${from}.`,
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }: { value?: unknown; siblingData: Record<string, unknown> }) => {
          if (typeof value === 'string' && cleanText(value)) return cleanText(value)
          const source: unknown = siblingData[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    // Empty is allowed in the form: the hook above fills it from the source field on save.
    maxLength: 120,
    validate: (value: string | null | undefined) =>
      !value || (value.length <= 120 && SLUG_PATTERN.test(value))
        ? true
        : 'Use only lowercase letters a–z, digits and single hyphens, e.g. "the-netherlands".',
  }
}
