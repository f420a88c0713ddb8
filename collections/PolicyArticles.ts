import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '@/access/publishedOrStaff'
import { draftsWithHistory, editWithDraftsComponents } from '@/collections/versioning'
import { isStaff } from '@/access/isStaff'
import { indexForSearch } from '@/hooks/indexForSearch'
import { revalidateCollection } from '@/hooks/revalidateCollection'
import { TAGS } from '@/lib/platform/cache/tags'
import { previewUrlOf } from '@/lib/domain/urls/preview'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { lastEditedByField } from '@/fields/lastEditedBy'
import { reviewItemsField } from '@/fields/reviewItems'
import { richTextField } from '@/fields/richText'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'

export const POLICY_ARTICLES_SLUG = 'policy-articles'

const revalidate = revalidateCollection([TAGS.articles])
const searchIndex = indexForSearch('policy-articles')

export const PolicyArticles: CollectionConfig = {
  slug: POLICY_ARTICLES_SLUG,
  labels: { singular: 'Policy article', plural: 'Policy articles' },
  admin: {
    preview: (doc) => previewUrlOf(POLICY_ARTICLES_SLUG, doc),
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'topic', 'publishedAt'],
    listSearchableFields: ['title', 'topic', 'summary'],
    components: { edit: editWithDraftsComponents },
  },
  defaultSort: '-publishedAt',
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: draftsWithHistory({ schedulePublish: true }),
  hooks: {
    // The search index first: pages rendered after the cache expiry must search the new text.
    afterChange: [searchIndex.afterChange, revalidate.afterChange],
    afterDelete: [searchIndex.afterDelete, revalidate.afterDelete],
  },
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
