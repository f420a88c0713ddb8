import type { Payload, PayloadRequest } from 'payload'

import type { Issue } from '@/lib/domain/issues'
import { findOne } from '@/lib/data/content/findOne'

import type { FileOutcome } from '../types'
import { readImportRecord, saveImportRecord } from './importRecords'
import { createTracker, type ImportedCollection, type ImportTracker, type SyncRequest } from './syncDocument'

/** The document a file is imported into, and the key of the file's import record. */
export type ImportTarget = {
  collection: ImportedCollection
  where: NonNullable<SyncRequest['where']>
  recordKey: string
  /** The fingerprint of everything the file's import reads (its text, and the files it names). */
  source: string
}

type Context = { req: PayloadRequest; dryRun: boolean; warnings: Issue[] }

/**
 * Imports one file into its document in the given transaction: a file whose fingerprint is the
 * same as at its last import writes nothing, whatever editors changed since; otherwise `write`
 * writes only what the file changed (see syncDocument), and the file's record is replaced.
 */
export async function trackedImport(
  payload: Payload,
  target: ImportTarget,
  { req, dryRun, warnings }: Context,
  write: (tracker: ImportTracker) => Promise<{ created: boolean; summary: string }>,
): Promise<{ outcome: FileOutcome; summary: string }> {
  const record = await readImportRecord(payload, target.recordKey, req)
  const exists = Boolean(await findOne(payload, target.collection, target.where, req))
  if (exists && record?.source === target.source) {
    return { outcome: 'unchanged', summary: 'since the last import' }
  }
  const previous = exists ? (record?.documents ?? null) : null
  const tracker = createTracker({ payload, req, dryRun, previous })
  const result = await write(tracker)
  warnings.push(...tracker.warnings)
  if (!dryRun) {
    const saved = { format: 1 as const, source: target.source, documents: tracker.next }
    await saveImportRecord(payload, target.recordKey, saved, req)
  }
  const outcome = result.created ? 'imported' : tracker.written > 0 ? 'updated' : 'unchanged'
  return { outcome, summary: result.summary }
}
