import type { TextareaField } from 'payload'

import { toPlainText } from '@/lib/domain/richtext/plainText'

/**
 * A hidden plain-text copy of a rich-text field, kept in step on every save, so site search
 * can match words with an ordinary `like` query on any database.
 */
export function searchTextField(source: string): TextareaField {
  return {
    name: 'searchText',
    type: 'textarea',
    admin: { hidden: true },
    hooks: {
      beforeChange: [
        ({ siblingData }: { siblingData: Record<string, unknown> }) => toPlainText(siblingData[source]),
      ],
    },
  }
}
