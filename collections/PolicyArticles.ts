import type { CollectionConfig } from 'payload'

import { TAGS } from '@/lib/platform/cache/tags'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { lastEditedByField } from '@/fields/lastEditedBy'
import { reviewItemsField } from '@/fields/reviewItems'
import { richTextField } from '@/fields/richText'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { publishedContent } from '@/collections/publishedContent'

export const POLICY_ARTICLES_SLUG = 'policy-articles'

const shared = publishedContent({
  slug: POLICY_ARTICLES_SLUG,
  tags: [TAGS.articles],
  searchKind: 'policy-articles',
  schedulePublish: true,
})

export const PolicyArticles: CollectionConfig = {
  ...shared,
  labels: { singular: 'Policy article', plural: 'Policy articles' },
  admin: {
    ...shared.admin,
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'topic', 'publishedAt'],
    listSearchableFields: ['title', 'topic', 'summary'],
  },
  defaultSort: '-publishedAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 300,
      hooks: { beforeValidate: [cleanTextHook] },
    },
    // First in the sidebar: what an editor still has to resolve.
    reviewItemsField(['body']),
    slugField({ from: 'title' }),
    lastEditedByField,
    {
      name: 'country',
      type: 'relationship',
      relationTo: 'countries',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'topic',
      type: 'text',
      maxLength: 100,
      index: true,
      admin: { position: 'sidebar', description: 'e.g. Digital Economy' },
      hooks: { beforeValidate: [cleanTextHook] },
    },
    {
      name: 'publishedAt',
      label: 'Published date',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'summary', type: 'textarea', maxLength: 2_000 },
    richTextField('body', {
      admin: { description: 'Use headings (H2–H4) for sections: they form the table of contents.' },
    }),
    searchTextField('body'),
    { name: 'source', type: 'text', maxLength: 500, hooks: { beforeValidate: [cleanTextHook] } },
  ],
}
