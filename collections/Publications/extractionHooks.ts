import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { deleteExtract } from '@/lib/data/publications/extracts'
import { queuePdfExtraction } from '@/lib/data/publications/extraction'

type FileFields = { id: number | string; filename?: string | null; filesize?: number | null }

/**
 * A new or replaced PDF (a draft's too) is read in the background job queue: the job is queued
 * with the save and runs once it is committed; the editor's save never waits for the reading
 * (lib/data/publications/extraction.ts).
 */
export const queueExtraction: CollectionAfterChangeHook<FileFields> = async ({ doc, previousDoc, req }) => {
  const { filename, filesize } = doc
  const previous: FileFields = previousDoc ?? {}
  const isNewFile = filename !== previous.filename || filesize !== previous.filesize
  if (filename && isNewFile) await queuePdfExtraction(req.payload, filename, req)
  return doc
}

/** A deleted publication's PDF is gone from the disk; what was read from it goes too. */
export const forgetExtract: CollectionAfterDeleteHook<FileFields> = async ({ doc, req }) => {
  const { filename } = doc
  if (filename) await deleteExtract(req.payload, filename, req)
  return doc
}
