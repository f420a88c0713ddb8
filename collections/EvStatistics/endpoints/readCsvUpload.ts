import type { PayloadRequest } from 'payload'

import { MAX_CSV_BYTES } from '@/lib/platform/limits'

// Room for the boundaries and part headers around the file in a multipart body.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024

/** The uploaded CSV text, or why it cannot be read (with the HTTP status to answer). */
export type CsvUpload = { text: string } | { status: number; message: string }

const TOO_LARGE: CsvUpload = {
  status: 413,
  message: 'The file is larger than 2 MB: split it into several files.',
}

/** The whole body, or null as soon as it grows past `limit` bytes (a stream has no trustworthy length). */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
}

/** The file from a multipart body's `file` field. */
async function readFormFile(bytes: Uint8Array, contentType: string): Promise<Uint8Array | CsvUpload> {
  let form: FormData
  try {
    form = await new Response(Buffer.from(bytes), { headers: { 'Content-Type': contentType } }).formData()
  } catch {
    return { status: 400, message: 'The form data could not be read.' }
  }
  const file = form.get('file')
  if (!(file instanceof Blob))
    return { status: 400, message: 'Send the CSV file in a form field named "file".' }
  if (file.size > MAX_CSV_BYTES) return TOO_LARGE
  return new Uint8Array(await file.arrayBuffer())
}

/**
 * Reads the CSV of an import request: the body itself (`text/csv`) or the `file` field of a
 * multipart form, at most 2 MB, which must be UTF-8 text.
 */
export async function readCsvUpload(req: PayloadRequest): Promise<CsvUpload> {
  const contentType = req.headers.get('content-type') ?? ''
  const isMultipart = /^multipart\/form-data/i.test(contentType)
  const limit = MAX_CSV_BYTES + (isMultipart ? MULTIPART_OVERHEAD_BYTES : 0)
  if (Number(req.headers.get('content-length') ?? 0) > limit) return TOO_LARGE
  const body = req.body ? await readAtMost(req.body, limit) : new Uint8Array()
  if (!body) return TOO_LARGE
  const file = isMultipart ? await readFormFile(body, contentType) : body
  if (!(file instanceof Uint8Array)) return file
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file) }
  } catch {
    return { status: 400, message: 'The file is not UTF-8 text: in a spreadsheet, save it as "CSV UTF-8".' }
  }
}
