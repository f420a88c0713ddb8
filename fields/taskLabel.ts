import type { TextField } from 'payload'

import { formatTaskLabel } from '@/lib/domain/tasks/taskLabel'
import type { Task } from '@/payload-types'

type Numbered = Partial<Pick<Task, 'number' | 'title'>>

/**
 * "Task 10 — Electrochemical Systems", kept up to date on every save. Stored, because the
 * admin's titles, lists and relationship fields can only show a stored field.
 */
export const taskLabelField: TextField = {
  name: 'label',
  label: 'Task',
  type: 'text',
  // Shown (read-only) rather than hidden: a hidden field cannot be a column of the list.
  admin: { readOnly: true, position: 'sidebar', description: 'Set from the number and the title.' },
  hooks: {
    beforeChange: [
      ({ siblingData, originalDoc }: { siblingData: Numbered; originalDoc?: Numbered }) =>
        formatTaskLabel(siblingData.number ?? originalDoc?.number, siblingData.title ?? originalDoc?.title),
    ],
    // MongoDB has no migration to fill it in for tasks saved before the field existed.
    afterRead: [
      ({ value, siblingData }: { value?: string | null; siblingData: Numbered }) =>
        value ||
        (siblingData.number === undefined ? value : formatTaskLabel(siblingData.number, siblingData.title)),
    ],
  },
}
