import type { Payload, PayloadRequest, Where } from 'payload'

import { slugify } from '@/lib/domain/text'
import type { ArticleDraft, Issue, LegacyCountry, LegacyTask } from '@/lib/import/legacy/types'

import { convertBody } from './convertBody'
import { type ImportKind, lineOfKey } from './detectKind'
import { hashText } from './records/hashValue'
import { importRecordKey } from './records/importRecords'
import type { ImportedCollection, ImportTracker } from './records/syncDocument'
import { trackedImport } from './records/trackedImport'
import type { FileOutcome } from './types'
import { articleSlug, writeArticle } from './writeArticle'
import { writeCountry } from './writeCountry'
import { writeTask } from './writeTask'

/**
 * A file read for import, with the folder it was found in and what kind of page it is; a
 * publication's slug, when it was made unique among the files imported together.
 */
export type SourceFile = { file: string; root: string; source: string; kind: ImportKind; slug?: string }

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
  context: { req: PayloadRequest; dryRun: boolean; warnings: Issue[] },
): Promise<{ outcome: FileOutcome; summary: string }> {
  const target = { ...targetOf(page), source: hashText(input.source) }
  return trackedImport(payload, target, context, (tracker) =>
    writePage(page, input, tracker, context.warnings),
  )
}
