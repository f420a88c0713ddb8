import path from 'node:path'

import { BackupError } from './backupError'

/** The file at the top of every backup folder that says what the backup holds. */
export const MANIFEST_FILE = 'manifest.json'
export const BACKUP_FORMAT = 'ev-country-profiles-backup'
/** Raised when the layout of a backup changes; a restore refuses versions it does not know. */
export const FORMAT_VERSION = 1
/** The database snapshot inside the backup folder. */
export const DATABASE_ENTRY = 'database/site.db'
export const SEARCH_INDEX_NOTE =
  'not included: derived from the database; npm run restore rebuilds it from the published documents'

/** One file of the backup: its path inside the backup folder, size and SHA-256. */
export type ManifestFile = { path: string; bytes: number; sha256: string }
/** One upload folder of the site (a collection's `staticDir`), kept under `folder`. */
export type UploadFolder = { folder: string; collections: string[] }

export type Manifest = {
  format: typeof BACKUP_FORMAT
  formatVersion: typeof FORMAT_VERSION
  createdAt: string
  appVersion: string
  database: { engine: 'sqlite'; file: string; migrations: string[] }
  searchIndex: string
  /** Documents per collection (users included) in the database snapshot. */
  documents: Record<string, number>
  uploads: UploadFolder[]
  files: ManifestFile[]
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')
const isCount = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0

/** True for a relative path that stays inside the backup folder. */
export function isInsideBackup(entry: string): boolean {
  const normal = path.posix.normalize(entry)
  return normal === entry && !path.posix.isAbsolute(entry) && !normal.split('/').includes('..')
}

function invalid(what: string): never {
  throw new BackupError(`${MANIFEST_FILE} is not valid: ${what}.`)
}

function checkFiles(value: unknown): ManifestFile[] {
  if (!Array.isArray(value)) invalid('"files" is not a list')
  return value.map((file: unknown) => {
    if (!isObject(file) || typeof file.path !== 'string') invalid('a file has no path')
    if (!isInsideBackup(file.path)) invalid(`the file "${file.path}" lies outside the backup folder`)
    if (!isCount(file.bytes) || typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256))
      invalid(`the size or SHA-256 of "${file.path}" is missing`)
    return { path: file.path, bytes: file.bytes, sha256: file.sha256 }
  })
}

function checkUploads(value: unknown): UploadFolder[] {
  if (!Array.isArray(value)) invalid('"uploads" is not a list')
  return value.map((upload: unknown) => {
    if (!isObject(upload) || typeof upload.folder !== 'string' || !isInsideBackup(upload.folder))
      invalid('an upload folder has no valid path')
    if (!isStringArray(upload.collections)) invalid(`"${upload.folder}" names no collections`)
    return { folder: upload.folder, collections: upload.collections }
  })
}

/** Reads a manifest, refusing anything this version cannot restore, with the reason. */
export function parseManifest(text: string): Manifest {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    invalid('it is not JSON')
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT)
    throw new BackupError(`${MANIFEST_FILE} does not describe a backup of EV Country Profiles.`)
  if (data.formatVersion !== FORMAT_VERSION)
    throw new BackupError(
      `The backup has format version ${String(data.formatVersion)}; this version restores format ${FORMAT_VERSION} only.`,
    )
  const { database, documents } = data
  if (!isObject(database) || database.engine !== 'sqlite' || database.file !== DATABASE_ENTRY)
    invalid('"database" does not name a SQLite snapshot')
  if (!isStringArray(database.migrations)) invalid('"database.migrations" is not a list of names')
  if (!isObject(documents) || !Object.values(documents).every(isCount))
    invalid('"documents" is not a count per collection')
  if (typeof data.createdAt !== 'string' || typeof data.appVersion !== 'string')
    invalid('"createdAt" or "appVersion" is missing')
  const files = checkFiles(data.files)
  if (!files.some((file) => file.path === DATABASE_ENTRY)) invalid(`${DATABASE_ENTRY} is not listed`)
  return {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: data.createdAt,
    appVersion: data.appVersion,
    database: { engine: 'sqlite', file: DATABASE_ENTRY, migrations: database.migrations },
    searchIndex: typeof data.searchIndex === 'string' ? data.searchIndex : SEARCH_INDEX_NOTE,
    documents: Object.fromEntries(Object.entries(documents).map(([slug, count]) => [slug, Number(count)])),
    uploads: checkUploads(data.uploads),
    files,
  }
}
