import type { Payload, PayloadRequest, Where } from 'payload'

import { findOne } from '@/lib/data/content/findOne'
import { slugify } from '@/lib/domain/text'
import type { ArticleDraft, Issue, LegacyCountry, LegacyTask } from '@/lib/import/legacy/types'

import { convertBody } from './convertBody'
import { type ImportKind, lineOfKey } from './detectKind'
import { hashText } from './records/hashValue'
import { importRecordKey, readImportRecord, saveImportRecord } from './records/importRecords'
import { createTracker, type ImportedCollection, type ImportTracker } from './records/syncDocument'
import type { FileOutcome } from './types'
import { articleSlug, writeArticle } from './writeArticle'
import { writeCountry } from './writeCountry'
import { writeTask } from './writeTask'

/** A file read for import, with the folder it was found in and what kind of page it is. */
export type SourceFile = { file: string; root: string; source: string; kind: ImportKind }

/** A file parsed as the page it is. */
export type ParsedPage =
  | { kind: 'country'; value: LegacyCountry }
  | { kind: 'task'; value: LegacyTask }
  | { kind: 'article'; value: ArticleDraft }

/** The document a page is imported into: how it is found, and the key of its import record. */
function targetOf(page: ParsedPage): { collection: ImportedCollection; where: Where; recordKey: string } {
  const target = (collection: ImportedCollection, field: string, value: string | number) => ({
    collection,
    where: { [field]: { equals: value } },
    recordKey: importRecordKey(collection, value),
  })
  if (page.kind === 'country') return target('countries', 'slug', slugify(page.value.name))
  if (page.kind === 'task') return target('tasks', 'number', page.value.number)
  return target('policy-articles', 'slug', articleSlug(page.value))
}

/** Writes the page (or, in a dry run, works out what it would write). */
async function writePage(page: ParsedPage, input: SourceFile, tracker: ImportTracker, warnings: Issue[]) {
  const { payload, req, dryRun } = tracker
  const lineOf = (key: string) => lineOfKey(input.source, key)
  const bodyOptions = { payload, req, dryRun, file: input.file, root: input.root }
  const body = await convertBody(page.value.body, page.value.bodyStartLine, bodyOptions)
  warnings.push(...body.warnings)
  if (page.kind === 'task') {
    const description = page.value.body.trim() === '' ? null : body.value
    return writeTask(page.value, description, { tracker, lineOf })
  }
  if (page.kind === 'article') return writeArticle(page.value, body.value, { tracker, lineOf })
  return writeCountry(page.value, body.value, { tracker, warnings, lineOf })
}

/**
 * Imports a parsed page in the given transaction. A file whose text is the same as at its last
 * import writes nothing, whatever editors changed since; otherwise only what the file changed
 * is written, and the file's record is replaced.
 */
export async function importPage(
  payload: Payload,
  page: ParsedPage,
  input: SourceFile,
  { req, dryRun, warnings }: { req: PayloadRequest; dryRun: boolean; warnings: Issue[] },
): Promise<{ outcome: FileOutcome; summary: string }> {
  const target = targetOf(page)
  const source = hashText(input.source)
  const record = await readImportRecord(payload, target.recordKey, req)
  const exists = Boolean(await findOne(payload, target.collection, target.where, req))
  if (exists && record?.source === source) return { outcome: 'unchanged', summary: 'since the last import' }

  const tracker = createTracker({
    payload,
    req,
    dryRun,
    previous: exists ? (record?.documents ?? null) : null,
  })
  const result = await writePage(page, input, tracker, warnings)
  warnings.push(...tracker.warnings)
  if (!dryRun) {
    await saveImportRecord(payload, target.recordKey, { format: 1, source, documents: tracker.next }, req)
  }
  const outcome = result.created ? 'imported' : tracker.written > 0 ? 'updated' : 'unchanged'
  return { outcome, summary: result.summary }
}
