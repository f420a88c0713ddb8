import type { Payload, PayloadRequest } from 'payload'

import type { PdfExtract } from '@/payload-types'

/** What pages and the admin show of what was read from one PDF (not its texts or thumbnail). */
export type ExtractSummary = Pick<
  PdfExtract,
  'source' | 'status' | 'error' | 'pageCount' | 'hasText' | 'hasThumbnail'
>

/** What the job stores about one PDF. */
export type ExtractData = Omit<PdfExtract, 'id' | 'source' | 'createdAt' | 'updatedAt'>

const SUMMARY = {
  source: true,
  status: true,
  error: true,
  pageCount: true,
  hasText: true,
  hasThumbnail: true,
} as const

/** The summaries of what was read from these PDFs (by file name); a PDF not read yet is missing. */
export async function findExtracts(
  payload: Payload,
  sources: readonly string[],
): Promise<Map<string, ExtractSummary>> {
  if (sources.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'pdf-extracts',
    where: { source: { in: [...new Set(sources)] } },
    pagination: false,
    depth: 0,
    select: SUMMARY,
  })
  return new Map(docs.map((doc) => [doc.source, doc]))
}

/** Each PDF's page texts (index 0 is page 1), for the PDFs that have been read. */
export async function readPageTexts(
  payload: Payload,
  sources: readonly string[],
): Promise<Map<string, string[]>> {
  if (sources.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'pdf-extracts',
    where: { source: { in: [...new Set(sources)] } },
    pagination: false,
    depth: 0,
    select: { source: true, pages: true },
  })
  const isTextList = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((page) => typeof page === 'string')
  return new Map(docs.map((doc) => [doc.source, isTextList(doc.pages) ? doc.pages : []]))
}

/** Page 1 of a PDF as PNG bytes, or null when it has not been drawn. */
export async function readThumbnail(payload: Payload, source: string): Promise<Buffer | null> {
  const { docs } = await payload.find({
    collection: 'pdf-extracts',
    where: { source: { equals: source } },
    limit: 1,
    depth: 0,
    select: { thumbnail: true },
  })
  const thumbnail = docs[0]?.thumbnail
  return thumbnail ? Buffer.from(thumbnail, 'base64') : null
}

/** Stores what was read from a PDF, replacing what an earlier reading of the same file name stored. */
export async function saveExtract(payload: Payload, source: string, data: ExtractData): Promise<void> {
  const { docs } = await payload.find({
    collection: 'pdf-extracts',
    where: { source: { equals: source } },
    limit: 1,
    depth: 0,
    select: { source: true },
  })
  const existing = docs[0]
  if (existing) await payload.update({ collection: 'pdf-extracts', id: existing.id, data, depth: 0 })
  else await payload.create({ collection: 'pdf-extracts', data: { ...data, source }, depth: 0 })
}

/** Forgets what was read from a PDF that is gone (in the deletion's transaction, given its `req`). */
export async function deleteExtract(payload: Payload, source: string, req?: PayloadRequest): Promise<void> {
  await payload.delete({ collection: 'pdf-extracts', where: { source: { equals: source } }, depth: 0, req })
}
