import { APIError, type CollectionBeforeOperationHook } from 'payload'

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Refuses an uploaded file larger than `maxBytes` (413) before anything is written. The proxy's
 * body limit covers REST uploads; this also covers the Local API and imports.
 */
export function limitUploadSize(maxBytes: number): CollectionBeforeOperationHook {
  return ({ req, operation }) => {
    const size = req.file?.size
    if ((operation === 'create' || operation === 'update') && size && size > maxBytes) {
      throw new APIError(
        `The file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}.`,
        413,
        undefined,
        true,
      )
    }
  }
}
