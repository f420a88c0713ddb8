import type { CollectionConfig } from 'payload'

import { TAGS } from '@/lib/platform/cache/tags'
import { chapterField } from '@/fields/chapter'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { lastEditedByField } from '@/fields/lastEditedBy'
import { reviewItemsField } from '@/fields/reviewItems'
import { searchTextField } from '@/fields/searchText'
import { richTextField } from '@/fields/richText'
import { plainTextAsRichText } from '@/lib/domain/richtext/fromPlainText'
import { placeholderField } from '@/fields/placeholder'
import { taskLabelField } from '@/fields/taskLabel'
import { integerField } from '@/fields/integer'
import { checkInteger } from '@/lib/domain/statistics/integer'
import { latestStatisticsYear } from '@/lib/domain/statistics/years'
import { publishedContent } from '@/collections/publishedContent'

export const TASKS_SLUG = 'tasks'

export const TASK_STATUSES = [
  { label: 'Ongoing', value: 'ongoing' },
  { label: 'Completed', value: 'completed' },
]

const yearBounds = { min: 1950, max: () => latestStatisticsYear() + 20 }

const shared = publishedContent({ slug: TASKS_SLUG, tags: [TAGS.tasks], searchKind: 'tasks' })

export const Tasks: CollectionConfig = {
  ...shared,
  admin: {
    ...shared.admin,
    useAsTitle: 'label',
    defaultColumns: ['label', 'status', 'startYear', 'endYear'],
    listSearchableFields: ['label'],
  },
  defaultSort: 'number',
  defaultPopulate: { number: true, title: true, status: true },
  fields: [
    {
      type: 'row',
      fields: [
        integerField({
          name: 'number',
          label: 'Task number',
          required: true,
          min: 1,
          unique: true,
          index: true,
        }),
        {
          name: 'status',
          type: 'select',
          options: TASK_STATUSES,
          required: true,
          defaultValue: 'ongoing',
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 300,
      hooks: { beforeValidate: [cleanTextHook] },
    },
    { name: 'summary', type: 'textarea', maxLength: 2_000, admin: { description: 'One sentence.' } },
    {
      type: 'row',
      fields: [
        integerField({ name: 'startYear', label: 'Start year', ...yearBounds }),
        integerField({
          name: 'endYear',
          label: 'End year',
          ...yearBounds,
          description: 'Empty while the task has no planned end.',
          validate: (value, { siblingData }) => {
            const range = checkInteger(value, {
              label: 'End year',
              min: yearBounds.min,
              max: yearBounds.max(),
            })
            if (range !== true) return range
            const start = (siblingData as { startYear?: unknown }).startYear
            return typeof value === 'number' && typeof start === 'number' && value < start
              ? `End year (${value}) cannot be before the start year (${start}).`
              : true
          },
        }),
      ],
    },
    {
      name: 'periodNote',
      label: 'Period as written',
      type: 'text',
      maxLength: 300,
      admin: {
        description:
          'The period from an imported page whose years could not be read: set the start and end year from it, then clear it.',
      },
      hooks: { beforeValidate: [cleanTextHook] },
    },
    // Plain text until the rich-text editor came; older values are read as paragraphs.
    richTextField('description', {
      hooks: { afterRead: [plainTextAsRichText], beforeValidate: [plainTextAsRichText] },
    }),
    searchTextField('description'),
    reviewItemsField(['description']),
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      admin: { description: 'The task operating agent first, then other contacts.' },
    },
    chapterField('task'),
    lastEditedByField,
    {
      name: 'participatingCountries',
      label: 'Participating countries (ongoing)',
      type: 'join',
      collection: 'countries',
      on: 'ongoingTasks',
      admin: {
        description: 'Derived from the countries that list this task as ongoing.',
        allowCreate: false,
      },
    },
    {
      name: 'pastParticipants',
      label: 'Countries that completed this task',
      type: 'join',
      collection: 'countries',
      on: 'completedTasks',
      admin: {
        description: 'Derived from the countries that list this task as completed.',
        allowCreate: false,
      },
    },
    taskLabelField,
    placeholderField,
  ],
}
