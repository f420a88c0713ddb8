import type { Payload, PayloadRequest } from 'payload'

/** What one import wrote into one field: the value from the file, and the value as stored. */
export type FieldMark = { written: string; stored: string }

/** The marks of the fields an import sets on one document, by field name. */
export type DocumentMarks = Record<string, FieldMark>

/**
 * What the last import of a file wrote: the fingerprint of the file's text, and per document it
 * wrote (the page's own, its statistics, its contacts) the fingerprints of each field's value.
 */
export type ImportRecord = { format: 1; source: string; documents: Record<string, DocumentMarks> }

/**
 * Payload's key-value store (`payload.kv`) keeps its entries in this collection of the database
 * (`payload_kv` in SQLite, already created by the first migration). Records are written through
 * the collection rather than `payload.kv`, whose writes cannot join the file's transaction: a
 * file's documents and its record are committed together or not at all.
 * tests/int/reimport.int.test.ts checks that `payload.kv` reads what is written here.
 */
const KV_COLLECTION = 'payload-kv'

/** The store's key of the record of the document a file imports into (`import/countries/austria`). */
export function importRecordKey(collection: string, naturalKey: string | number): string {
  return `import/${collection}/${naturalKey}`
}

function isMarks(value: unknown): value is DocumentMarks {
  if (typeof value !== 'object' || value === null) return false
  return Object.values(value).every(
    (mark: unknown) =>
      typeof mark === 'object' &&
      mark !== null &&
      'written' in mark &&
      'stored' in mark &&
      typeof mark.written === 'string' &&
      typeof mark.stored === 'string',
  )
}

/** A stored record, or null when there is none or it is not one this code wrote. */
function toRecord(data: unknown): ImportRecord | null {
  if (typeof data !== 'object' || data === null) return null
  if (!('format' in data) || data.format !== 1) return null
  if (!('source' in data) || typeof data.source !== 'string') return null
  if (!('documents' in data) || typeof data.documents !== 'object' || data.documents === null) return null
  const documents = Object.entries(data.documents)
  if (!documents.every(([, marks]) => isMarks(marks))) return null
  return { format: 1, source: data.source, documents: Object.fromEntries(documents) }
}

/** The record of the last import into this document, read within the file's transaction. */
export async function readImportRecord(
  payload: Payload,
  key: string,
  req: PayloadRequest,
): Promise<ImportRecord | null> {
  const { docs } = await payload.find({
    collection: KV_COLLECTION,
    where: { key: { equals: key } },
    limit: 1,
    pagination: false,
    req,
  })
  return toRecord(docs[0]?.data)
}

/** Replaces the record of this document, within the file's transaction. */
export async function saveImportRecord(
  payload: Payload,
  key: string,
  record: ImportRecord,
  req: PayloadRequest,
): Promise<void> {
  const { docs } = await payload.find({
    collection: KV_COLLECTION,
    where: { key: { equals: key } },
    limit: 1,
    pagination: false,
    select: {},
    req,
  })
  const [existing] = docs
  if (existing)
    await payload.update({ collection: KV_COLLECTION, id: existing.id, data: { data: record }, req })
  else await payload.create({ collection: KV_COLLECTION, data: { key, data: record }, req })
}
