import type { CheckboxField } from 'payload'

/**
 * Marks a task an import created for a task number that did not exist, so the dashboard can
 * list it until an editor fills it in; publishing the task clears the mark.
 */
export const placeholderField: CheckboxField = {
  name: 'placeholder',
  type: 'checkbox',
  defaultValue: false,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description:
      'Created by an import for a task number that did not exist. Cleared when the task is published.',
  },
  hooks: {
    beforeChange: [
      ({ value, siblingData }: { value?: boolean | null; siblingData: { _status?: unknown } }) =>
        siblingData._status === 'published' ? false : (value ?? false),
    ],
  },
}
