import path from 'node:path'

import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

/** A collection whose documents a backup counts: its slug and its SQLite table. */
export type CountedCollection = { slug: string; table: string }
/** A folder the site stores uploads in, and the collections that use it. */
export type UploadRoot = { dir: string; collections: string[]; tables: string[] }
/** What of the site's configuration a backup and a restore need. */
export type SiteLayout = { collections: CountedCollection[]; uploadRoots: UploadRoot[] }

// Payload's own bookkeeping (preferences, locks, jobs, migrations) is not content.
const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

/** The table the SQLite adapter keeps a collection in: its `dbName`, or its slug in snake case. */
export function tableOf(collection: Pick<SanitizedCollectionConfig, 'slug' | 'dbName'>): string {
  if (typeof collection.dbName === 'string' && collection.dbName) return collection.dbName
  return collection.slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()
}

/**
 * The collections to count and the upload folders to copy, read from the Payload config, so that
 * a collection added later (with its own `staticDir`) is backed up without changing this code.
 */
export function describeSiteLayout(config: Pick<SanitizedConfig, 'collections'>): SiteLayout {
  const collections = config.collections
    .filter((collection) => !isPayloadInternal(collection.slug))
    .map((collection) => ({ slug: collection.slug, table: tableOf(collection) }))
  const roots = new Map<string, UploadRoot>()
  for (const collection of config.collections) {
    const upload = collection.upload
    if (!upload || upload.disableLocalStorage || !upload.staticDir) continue
    const dir = path.resolve(upload.staticDir)
    const root = roots.get(dir) ?? { dir, collections: [], tables: [] }
    root.collections.push(collection.slug)
    root.tables.push(tableOf(collection))
    roots.set(dir, root)
  }
  // Outer folders first: a folder inside another is restored after it (and copied apart from it).
  const uploadRoots = [...roots.values()].sort((a, b) => a.dir.length - b.dir.length)
  return { collections, uploadRoots }
}

/** The upload folders lying inside `root`, which a copy of `root` leaves to their own entries. */
export function nestedRoots(root: UploadRoot, layout: SiteLayout): string[] {
  return layout.uploadRoots
    .map((other) => other.dir)
    .filter((dir) => dir !== root.dir && dir.startsWith(`${root.dir}${path.sep}`))
}

/** Where a root's files are kept inside the backup folder. */
export const backupFolderOf = (root: UploadRoot) => `uploads/${root.collections[0] ?? 'files'}`
