import type { CollectionConfig } from 'payload'

import { cleanTextHook } from '@/fields/cleanTextHook'
import { integerField } from '@/fields/integer'
import { lastEditedByField } from '@/fields/lastEditedBy'
import { slugField } from '@/fields/slug'
import { limitUploadSize } from '@/hooks/limitUploadSize'
import { PUBLICATION_TYPES } from '@/lib/domain/publications/types'
import { latestStatisticsYear } from '@/lib/domain/statistics/years'
import { TAGS } from '@/lib/platform/cache/tags'
import { MAX_PUBLICATION_BYTES } from '@/lib/platform/limits'
import { publicationsDirectory } from '@/lib/platform/uploadFolders'
import { publishedContent } from '@/collections/publishedContent'

import { forgetExtract, queueExtraction } from './extractionHooks'
import { requireFileToPublish, takeYearFromDate } from './validatePublication'

export const PUBLICATIONS_SLUG = 'publications'

const shared = publishedContent({
  slug: PUBLICATIONS_SLUG,
  // A change expires the pages and purges the PDFs: a replaced or unpublished file must not be served.
  tags: [TAGS.publications, TAGS.publicationFiles],
  searchKind: 'publications',
})

/**
 * The programme's reports, each one PDF. The publication is itself the upload (docs/publications.md
 * says why): its file is served, hidden and versioned exactly as the document is.
 */
export const Publications: CollectionConfig = {
  ...shared,
  labels: { singular: 'Publication', plural: 'Publications' },
  admin: {
    ...shared.admin,
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'year', 'filesize', '_status'],
    listSearchableFields: ['title', 'description', 'filename'],
    description:
      'Annual reports, task reports, newsletters, brochures and papers: one PDF each (up to 200 MB). A publication without its PDF can be saved as a draft only.',
  },
  defaultSort: '-year',
  defaultPopulate: { title: true, slug: true, filename: true, type: true, year: true },
  upload: {
    staticDir: publicationsDirectory(),
    // Checked against the file's content, not its name.
    mimeTypes: ['application/pdf'],
    // An import may create the publication before its PDF is found; publishing needs it.
    filesRequiredOnCreate: false,
  },
  hooks: {
    ...shared.hooks,
    beforeOperation: [limitUploadSize(MAX_PUBLICATION_BYTES)],
    beforeValidate: [takeYearFromDate],
    beforeChange: [requireFileToPublish],
    afterChange: [...(shared.hooks?.afterChange ?? []), queueExtraction],
    afterDelete: [...(shared.hooks?.afterDelete ?? []), forgetExtract],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 300,
      hooks: { beforeValidate: [cleanTextHook] },
    },
    slugField({ from: 'title' }),
    lastEditedByField,
    {
      name: 'pdfStatus',
      label: 'PDF',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/publications/PdfStatusField#PdfStatusField' },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, options: [...PUBLICATION_TYPES], index: true },
        integerField({
          name: 'year',
          label: 'Year',
          required: true,
          min: 1990,
          max: () => latestStatisticsYear() + 2,
          description: 'Set from the date when there is one.',
        }),
        {
          name: 'date',
          label: 'Publication date',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' }, description: 'Optional: the day it appeared.' },
        },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 2_000, hooks: { beforeValidate: [cleanTextHook] } },
    {
      name: 'thumbnail',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'image/' } },
      admin: { description: 'Optional: an image for the library. Without one, page 1 of the PDF is shown.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'tasks', type: 'relationship', relationTo: 'tasks', hasMany: true },
        { name: 'countries', type: 'relationship', relationTo: 'countries', hasMany: true },
      ],
    },
    {
      name: 'legacyFileName',
      label: 'File name on the former site',
      type: 'text',
      index: true,
      maxLength: 300,
      admin: {
        position: 'sidebar',
        description: 'The PDF’s name under /assets/pdfs/ on the former site: that address keeps working.',
      },
      hooks: { beforeValidate: [cleanTextHook] },
    },
  ],
}
