import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug, Where } from 'payload'

import type { Issue } from '@/lib/domain/issues'

import { hashValue } from './hashValue'
import type { DocumentMarks } from './importRecords'

/** The collections an import writes documents of. */
export type ImportedCollection =
  | 'countries'
  | 'tasks'
  | 'policy-articles'
  | 'ev-statistics'
  | 'contacts'
  | 'publications'

/** A document's id; in a dry run, a made-up one for documents that would be created. */
export type ImportedId = number | string

/** True for the made-up id a dry run gives a document it would create. */
export function isDryRunId(id: ImportedId): boolean {
  return typeof id === 'string' && id.startsWith(DRY_RUN_ID)
}

const DRY_RUN_ID = 'dry-run '

/** One file's import: what its last import wrote, and what this one writes and warns about. */
export type ImportTracker = {
  payload: Payload
  req: PayloadRequest
  dryRun: boolean
  /** The marks of the last import of this file, by document; null when none is recorded. */
  previous: Record<string, DocumentMarks> | null
  /** The marks this import leaves, by document. */
  next: Record<string, DocumentMarks>
  /** How many documents this import created or changed (or would). */
  written: number
  warnings: Issue[]
}

/** One document a file sets fields of. */
export type SyncRequest = {
  collection: ImportedCollection
  /** The document's name in the file's record: `country`, `statistics 2019`, `contact a@b.org`. */
  key: string
  /** How the document is found; null when it cannot exist yet (a dry run of a new page). */
  where: Where | null
  /** The fields the file sets, as they are written. */
  values: Record<string, unknown>
  /** Fields set only when the document is created. */
  initial?: Record<string, unknown>
  /** The document for an editor ("Austria", "Austria, 2019") and the line of the file it starts at. */
  name: string
  line: number
  /** A field's name for an editor ("BEV") and the line of the file it comes from. */
  describe: (field: string) => { label: string; line: number }
  /**
   * When the document is published: `first-import` (the default) on creation, and on its first
   * import when it exists unpublished; `never` leaves the status as it is (created as a draft);
   * `now` also publishes a document already imported (a publication whose PDF is now attached).
   */
  publish?: 'first-import' | 'never' | 'now'
  /** A file to upload with the write (upload collections): the write happens even when no field changed. */
  filePath?: string
}

/** Starts the tracking of one file's import. */
export function createTracker(
  options: Pick<ImportTracker, 'payload' | 'req' | 'dryRun' | 'previous'>,
): ImportTracker {
  return { ...options, next: {}, written: 0, warnings: [] }
}

/** A document's fields by name: the importer handles every collection's documents alike. */
type Fields = Record<string, unknown>

function fieldsOf(doc: object): Fields {
  return { ...doc }
}

/**
 * The importer's values as the Local API's data. Payload types data per collection; the
 * importer builds plain field maps, which the collection's own validation checks on write.
 */
function asData(fields: Fields) {
  return fields as RequiredDataFromCollectionSlug<ImportedCollection>
}

function versionsOf(payload: Payload, collection: ImportedCollection) {
  const versions = payload.collections[collection].config.versions
  return { hasVersions: Boolean(versions), hasDrafts: Boolean(versions && versions.drafts) }
}

/** The latest state of the document (an editor's unsaved draft included: an update builds on it). */
async function findLatest(tracker: ImportTracker, collection: ImportedCollection, where: Where) {
  const { docs } = await tracker.payload.find({
    collection,
    where,
    limit: 1,
    pagination: false,
    depth: 0,
    draft: true,
    req: tracker.req,
  })
  const [doc] = docs
  return doc ? fieldsOf(doc) : undefined
}

/** True when an editor has unpublished changes to a published document. */
async function hasPendingDraft(tracker: ImportTracker, request: SyncRequest, latest: Fields, id: ImportedId) {
  if (latest._status !== 'draft') return false
  const published = await tracker.payload.findByID({
    collection: request.collection,
    id,
    depth: 0,
    draft: false,
    req: tracker.req,
  })
  return fieldsOf(published)._status === 'published'
}

/**
 * Compares the file's values with what the last import of the file wrote and with the document:
 * a field the file did not change since is left as it is (an editor's change wins); a field the
 * file changed is written, with a warning when an editor changed it too. Without a record of an
 * earlier import, only fields that differ from the document are written.
 */
function planChanges(tracker: ImportTracker, request: SyncRequest, current: Fields) {
  const previous = tracker.previous?.[request.key]
  const marks: DocumentMarks = {}
  const changes: Record<string, unknown> = {}
  const edited: string[] = []
  for (const [field, value] of Object.entries(request.values)) {
    const written = hashValue(value)
    const stored = hashValue(current[field])
    const mark = previous?.[field]
    if (mark?.written === written) marks[field] = mark
    else if (stored === written) marks[field] = { written, stored }
    else {
      changes[field] = value
      if (mark && mark.stored !== stored) edited.push(field)
      marks[field] = { written, stored: written }
    }
  }
  return { marks, changes, edited }
}

function warnEdited(tracker: ImportTracker, request: SyncRequest, fields: string[], hasVersions: boolean) {
  const kept = hasVersions ? " (the editor's value stays in the version history)" : ''
  for (const field of fields) {
    const { label, line } = request.describe(field)
    const message = `${request.name}: an editor changed ${label} since the last import, and the file changes it too: the file's value replaces the editor's${kept}`
    tracker.warnings.push({ line, message, kind: 'editor change' })
  }
}

async function create(tracker: ImportTracker, request: SyncRequest, hasDrafts: boolean) {
  const publish = hasDrafts && request.publish !== 'never'
  tracker.written += 1
  const marks: DocumentMarks = {}
  for (const [field, value] of Object.entries(request.values)) {
    marks[field] = { written: hashValue(value), stored: hashValue(value) }
  }
  tracker.next[request.key] = { ...tracker.next[request.key], ...marks }
  if (tracker.dryRun) return { id: `${DRY_RUN_ID}${request.key}`, created: true }
  const saved = await tracker.payload.create({
    collection: request.collection,
    data: asData({
      ...request.initial,
      ...request.values,
      ...(hasDrafts ? { _status: publish ? 'published' : 'draft' } : {}),
    }),
    draft: hasDrafts && !publish,
    ...(request.filePath ? { filePath: request.filePath } : {}),
    depth: 0,
    req: tracker.req,
  })
  const stored = fieldsOf(saved)
  for (const [field, mark] of Object.entries(marks)) mark.stored = hashValue(stored[field])
  return { id: saved.id, created: true }
}

/**
 * Creates the document or writes the fields of it the file changed, and records what was
 * written in the tracker. Writes nothing when nothing changed, so that no version is added.
 */
export async function syncDocument(
  tracker: ImportTracker,
  request: SyncRequest,
): Promise<{ id: ImportedId; created: boolean }> {
  const { hasVersions, hasDrafts } = versionsOf(tracker.payload, request.collection)
  const current = request.where ? await findLatest(tracker, request.collection, request.where) : undefined
  if (!current) return create(tracker, request, hasDrafts)
  const id = current.id
  if (typeof id !== 'number' && typeof id !== 'string')
    throw new Error(`a ${request.collection} document without an id`)
  const { marks, changes, edited } = planChanges(tracker, request, current)
  tracker.next[request.key] = { ...tracker.next[request.key], ...marks }
  warnEdited(tracker, request, edited, hasVersions)

  const pending = hasDrafts && (await hasPendingDraft(tracker, request, current, id))
  // A page never imported before is published as it always was (a placeholder task, say); once
  // recorded, its status is the editors' to change.
  const mode = request.publish ?? 'first-import'
  const publish =
    hasDrafts &&
    !pending &&
    current._status !== 'published' &&
    (mode === 'now' || (mode === 'first-import' && tracker.previous === null))
  if (publish) changes._status = 'published'
  if (Object.keys(changes).length === 0 && !request.filePath) return { id, created: false }
  tracker.written += 1
  if (pending) {
    const message = `${request.name} has unpublished changes by an editor: the file's changes are saved into that draft, to be published with it`
    tracker.warnings.push({ line: request.line, message, kind: 'draft' })
  }
  if (tracker.dryRun) return { id, created: false }
  const saved = fieldsOf(
    await tracker.payload.update({
      collection: request.collection,
      id,
      data: asData(changes),
      draft: pending,
      depth: 0,
      ...(request.filePath ? { filePath: request.filePath } : {}),
      req: tracker.req,
    }),
  )
  const next = tracker.next[request.key] ?? {}
  for (const field of Object.keys(changes)) {
    const mark = next[field]
    if (mark) mark.stored = hashValue(saved[field])
  }
  return { id, created: false }
}
