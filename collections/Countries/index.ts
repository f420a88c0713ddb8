import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { TAGS } from '@/lib/platform/cache/tags'
import { chapterField } from '@/fields/chapter'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { lastEditedByField } from '@/fields/lastEditedBy'
import { reviewItemsField } from '@/fields/reviewItems'
import { richTextField } from '@/fields/richText'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { isIsoCountryCode, normalizeIsoCode } from '@/lib/domain/countries/isoCodes'

import { validateTaskLists } from './validateTaskLists'
import { validateUniqueName } from './validateUniqueName'
import { publishedContent } from '@/collections/publishedContent'

export const COUNTRIES_SLUG = 'countries'

const shared = publishedContent({
  slug: COUNTRIES_SLUG,
  tags: [TAGS.countries],
  searchKind: 'countries',
  canDelete: isAdmin,
})

export const Countries: CollectionConfig = {
  ...shared,
  labels: { singular: 'Country', plural: 'Countries' },
  admin: {
    ...shared.admin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'isoCode', 'slug', 'updatedAt'],
    listSearchableFields: ['name', 'isoCode', 'slug'],
  },
  defaultSort: 'name',
  // A country populated into another document (a statistic, an article) carries only
  // what a link needs, not its narrative and joins.
  defaultPopulate: { name: true, slug: true, isoCode: true },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 200,
      hooks: { beforeValidate: [cleanTextHook] },
      validate: validateUniqueName,
    },
    // First in the sidebar: what an editor still has to resolve.
    reviewItemsField(['body']),
    slugField({ from: 'name' }),
    lastEditedByField,
    {
      name: 'isoCode',
      label: 'ISO code',
      type: 'text',
      required: true,
      unique: true,
      admin: {
        position: 'sidebar',
        description: 'ISO 3166-1 alpha-2, e.g. BE. The flag is derived from it.',
      },
      hooks: {
        beforeValidate: [
          ({ value }: { value?: unknown }) => (typeof value === 'string' ? normalizeIsoCode(value) : value),
        ],
      },
      validate: (value: string | null | undefined) => {
        if (!value) return 'ISO code is required.'
        return isIsoCountryCode(value)
          ? true
          : `"${value}" is not an ISO 3166-1 alpha-2 country code (two letters, e.g. BE).`
      },
    },
    richTextField('body', {
      label: 'Narrative',
      admin: { description: 'Sections such as "Major Developments in 2020" and "Outlook".' },
    }),
    searchTextField('body'),
    {
      name: 'delegates',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      admin: { description: 'In the order they appear on the country page.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'ongoingTasks', type: 'relationship', relationTo: 'tasks', hasMany: true },
        {
          name: 'completedTasks',
          type: 'relationship',
          relationTo: 'tasks',
          hasMany: true,
          validate: validateTaskLists,
        },
      ],
    },
    {
      name: 'statistics',
      label: 'EV statistics',
      type: 'join',
      collection: 'ev-statistics',
      on: 'country',
      defaultSort: 'year',
      defaultLimit: 100,
      // Kept for the API; editors see the table below instead.
      admin: { disabled: true },
    },
    {
      name: 'statisticsTable',
      label: 'EV statistics',
      type: 'ui',
      admin: {
        components: { Field: '/components/admin/statistics/StatisticsTableField#StatisticsTableField' },
      },
    },
    {
      name: 'chartDescription',
      label: 'Chart description',
      type: 'textarea',
      maxLength: 500,
      hooks: { beforeValidate: [cleanTextHook] },
      admin: {
        description:
          'Optional: a sentence or two of your own about these figures (what drove a change, why a year is missing). It is said before the description generated from the data: under the charts, to screen readers, in the chart images and the embed.',
      },
    },
    chapterField('country'),
  ],
}
