import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'

export const PDF_EXTRACTS_SLUG = 'pdf-extracts'

const nobody = () => false

/**
 * What the background job read from each publication's PDF, by file name: page count, each
 * page's text (for search and its page numbers), page 1 as a PNG, or why it could not be read.
 * Derived data, outside the publications' versions (a report's text would be copied into every
 * version); only the job writes it, only staff read it, visitors see it through published pages.
 */
export const PdfExtracts: CollectionConfig = {
  slug: PDF_EXTRACTS_SLUG,
  labels: { singular: 'PDF extract', plural: 'PDF extracts' },
  admin: { hidden: true, useAsTitle: 'source' },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'source', type: 'text', required: true, unique: true, index: true },
    { name: 'fileSize', type: 'number' },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        { label: 'Read', value: 'done' },
        { label: 'Could not be read', value: 'failed' },
      ],
    },
    { name: 'error', type: 'text' },
    { name: 'pageCount', type: 'number' },
    { name: 'hasText', type: 'checkbox', defaultValue: false },
    { name: 'isTextTruncated', type: 'checkbox', defaultValue: false },
    { name: 'pages', type: 'json' },
    { name: 'hasThumbnail', type: 'checkbox', defaultValue: false },
    // Page 1 as a PNG, base64: a few dozen KB that belong with the rest of what was read.
    { name: 'thumbnail', type: 'text' },
  ],
}
