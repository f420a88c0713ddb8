import path from 'node:path'

import type { Payload } from 'payload'

import { chooseDatabase } from '@/lib/platform/database/adapter'

import { createMongoSearchIndex } from './mongo'
import { createSqliteSearchIndex } from './sqlite'
import type { SearchIndex } from './types'

const indexes = new WeakMap<Payload, SearchIndex>()

/** The SQLite index file beside the database: `data/production.db` → `data/production.search.db`. */
export function searchIndexFileOf(databaseFile: string): string {
  const { dir, name, ext } = path.parse(databaseFile)
  return path.join(dir, `${ext === '.db' ? name : `${name}${ext}`}.search.db`)
}

/** The search index of this Payload's database: MongoDB's own collection, or a SQLite file beside it. */
export function getSearchIndex(payload: Payload): SearchIndex {
  const existing = indexes.get(payload)
  if (existing) return existing
  let index: SearchIndex
  if (payload.db.name === 'mongoose' && 'connection' in payload.db) {
    index = createMongoSearchIndex(payload.db.connection)
  } else {
    const choice = chooseDatabase()
    if (choice.kind !== 'sqlite')
      throw new Error(`No search index for the database adapter ${payload.db.name}`)
    index = createSqliteSearchIndex(searchIndexFileOf(path.resolve(choice.filePath)))
  }
  indexes.set(payload, index)
  return index
}
