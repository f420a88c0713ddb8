import { stat } from 'node:fs/promises'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TaskConfig,
} from 'payload'

import { reindexDocument } from '@/lib/data/search-index/sync'
import { expireTags } from '@/lib/platform/cache/revalidate'
import { TAGS } from '@/lib/platform/cache/tags'
import { PdfExtractionError, runPdfExtraction } from '@/lib/platform/pdf/runPdfExtraction'
import { publicationsDirectory } from '@/lib/platform/uploadFolders'

import { findExtracts, saveExtract } from './extracts'

/** The job queue of PDF readings: its own, run one at a time (payload.config.ts `jobs`). */
export const PDF_QUEUE = 'pdf'

/**
 * Queues the reading of a publication's PDF (by its file name in the publications folder). Given
 * the save's `req`, the job is written in the save's transaction: it exists exactly when the save
 * is committed, and no write competes with that transaction for SQLite's lock.
 */
export async function queuePdfExtraction(
  payload: Payload,
  filename: string,
  req?: PayloadRequest,
): Promise<void> {
  await payload.jobs.queue({ task: 'extractPublicationPdf', queue: PDF_QUEUE, input: { filename }, req })
}

/**
 * Queues the PDFs that were never read: moved in by a migration, restored from a backup, or
 * queued by a server that stopped first. Runs at start-up (payload.config.ts `onInit`); skipped
 * while readings are still waiting, which will run anyway.
 */
export async function queueUnreadPdfs(payload: Payload): Promise<void> {
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: PDF_QUEUE } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  if (waiting.totalDocs > 0) return
  const { docs } = await payload.find({
    collection: 'publications',
    where: { filename: { exists: true } },
    pagination: false,
    depth: 0,
    select: { filename: true },
  })
  const filenames = docs.flatMap((doc) => (doc.filename ? [doc.filename] : []))
  const read = await findExtracts(payload, filenames)
  const unread = filenames.filter((filename) => !read.has(filename))
  if (unread.length === 0) return
  // In a transaction: a write outside one would compete with the first saves for SQLite's lock.
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    for (const filename of unread) await queuePdfExtraction(payload, filename, req)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** The published publications of this file see what was read: search entries and pages. */
async function refreshPublicationsOf(payload: Payload, filename: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'publications',
    where: { filename: { equals: filename } },
    pagination: false,
    depth: 0,
    select: { filename: true },
  })
  for (const doc of docs) await reindexDocument(payload, 'publications', doc.id)
  await expireTags([TAGS.publications])
}

/**
 * Reads one PDF in a capped child process (lib/platform/pdf/) and stores its page count, page
 * texts and first page, or why it could not be read, for editors to see. A file gone since the
 * job was queued (replaced again) is skipped: its successor has a job of its own.
 */
export async function extractPublicationPdf(payload: Payload, filename: string): Promise<void> {
  const file = path.join(publicationsDirectory(), path.basename(filename))
  const fileSize = await stat(file).then(
    (stats) => stats.size,
    () => null,
  )
  if (fileSize === null) {
    payload.logger.warn(`PDF ${filename} is no longer in the publications folder; not read.`)
    return
  }
  try {
    const { pageCount, pages, isTextTruncated, thumbnail } = await runPdfExtraction(file)
    await saveExtract(payload, filename, {
      fileSize,
      status: 'done',
      error: null,
      pageCount,
      pages,
      hasText: pages.some((page) => page.trim() !== ''),
      isTextTruncated,
      hasThumbnail: true,
      thumbnail: thumbnail.toString('base64'),
    })
  } catch (error) {
    if (!(error instanceof PdfExtractionError)) throw error
    payload.logger.warn(`PDF ${filename}: ${error.message}`)
    await saveExtract(payload, filename, {
      fileSize,
      status: 'failed',
      error: error.message,
      pageCount: null,
      pages: [],
      hasText: false,
      isTextTruncated: false,
      hasThumbnail: false,
      thumbnail: null,
    })
  }
  await refreshPublicationsOf(payload, filename)
}

/** The job: one PDF per run, never retried (a file that failed once fails again; its error is kept). */
export const extractPdfTask: TaskConfig<'extractPublicationPdf'> = {
  slug: 'extractPublicationPdf',
  label: 'Read a publication’s PDF',
  inputSchema: [{ name: 'filename', type: 'text', required: true }],
  retries: 0,
  handler: async ({ input, req }) => {
    await extractPublicationPdf(req.payload, input.filename)
    return { output: {} }
  },
}
