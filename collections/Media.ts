import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { limitUploadSize } from '@/hooks/limitUploadSize'
import { revalidateCollection } from '@/hooks/revalidateCollection'
import { TAGS } from '@/lib/platform/cache/tags'
import { MAX_UPLOAD_BYTES } from '@/lib/platform/limits'
import { mediaDirectory } from '@/lib/platform/uploadFolders'
import { cleanTextHook } from '@/fields/cleanTextHook'

export const MEDIA_SLUG = 'media'

/** Payload checks the detected type of the content against this list, not the file name. */
export const ALLOWED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']

const revalidate = revalidateCollection([TAGS.media])

export const Media: CollectionConfig = {
  slug: MEDIA_SLUG,
  labels: { singular: 'Media file', plural: 'Media' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    description: 'Images (JPEG, PNG, WebP, AVIF) and PDF documents, up to 20 MB.',
  },
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  upload: {
    staticDir: mediaDirectory(),
    mimeTypes: ALLOWED_MIME_TYPES,
  },
  hooks: {
    afterChange: [revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
    beforeOperation: [limitUploadSize(MAX_UPLOAD_BYTES)],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      admin: { description: 'Describe the image for people who cannot see it. Required for images.' },
      hooks: { beforeValidate: [cleanTextHook] },
      validate: (value: string | null | undefined, { data }: { data: { mimeType?: unknown } }) => {
        const isImage = typeof data.mimeType === 'string' && data.mimeType.startsWith('image/')
        return isImage && !value ? 'Alt text is required for images.' : true
      },
    },
  ],
}
