import path from 'node:path'

import { APIError, type CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { revalidateCollection } from '@/hooks/revalidateCollection'
import { TAGS } from '@/lib/platform/cache/tags'
import { MAX_UPLOAD_BYTES } from '@/lib/platform/limits'
import { cleanTextHook } from '@/fields/cleanTextHook'

export const MEDIA_SLUG = 'media'

/** Payload checks the detected type of the content against this list, not the file name. */
export const ALLOWED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']

/** Folder that uploaded files are written to (`MEDIA_DIR`, default `data/media`). */
export function mediaDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.MEDIA_DIR?.trim() || path.join('data', 'media'))
}

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
    // The multipart limit covers REST uploads; this also covers the Local API and imports.
    beforeOperation: [
      ({ req, operation }) => {
        const size = req.file?.size
        if ((operation === 'create' || operation === 'update') && size && size > MAX_UPLOAD_BYTES) {
          throw new APIError(
            `The file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB.`,
            413,
            undefined,
            true,
          )
        }
      },
    ],
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
