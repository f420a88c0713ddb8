import type { Connection } from 'mongoose'

import {
  FIELD_WEIGHTS,
  INDEX_VERSION,
  searchableWords,
  type IndexedDocument,
  type SearchIndex,
} from './types'

const COLLECTION = 'search_documents'
const META_ID = '__meta'

type StoredDocument = Omit<IndexedDocument, 'id'> & { _id: string; docId: string }
type Meta = { _id: string; version: string }

/**
 * A MongoDB `$text` search: the words as phrases, so every one must occur (plain words would match
 * any of them). MongoDB matches whole words, English stems included ("charging" finds "charge"),
 * but not the beginnings of words as SQLite's index does.
 */
export function buildTextSearch(words: readonly string[]): string | null {
  const phrases = searchableWords(words).map((word) => `"${word.replace(/["\\]/g, ' ').trim()}"`)
  return phrases.length === 0 ? null : phrases.join(' ')
}

/** The index as a collection of the site's own MongoDB database with a weighted text index. */
export function createMongoSearchIndex(connection: Connection): SearchIndex {
  const documents = () => connection.collection<StoredDocument>(COLLECTION)
  const meta = () => connection.collection<Meta>(COLLECTION)
  return {
    async prepare() {
      await documents().createIndex(
        { title: 'text', keywords: 'text', summary: 'text', body: 'text' },
        { name: 'search_text', weights: FIELD_WEIGHTS, default_language: 'english' },
      )
      await documents().createIndex({ kind: 1 }, { name: 'search_kind' })
      const found = await meta().findOne({ _id: META_ID })
      if (found?.version === INDEX_VERSION) return false
      await documents().deleteMany({})
      // Two instances starting together may both get here: the second write is the same.
      await meta().replaceOne({ _id: META_ID }, { version: INDEX_VERSION }, { upsert: true })
      return true
    },
    async replace(list) {
      if (list.length === 0) return
      await documents().bulkWrite(
        list.map(({ id, ...fields }) => ({
          replaceOne: {
            filter: { _id: `${fields.kind}:${id}` },
            replacement: { _id: `${fields.kind}:${id}`, docId: id, ...fields },
            upsert: true,
          },
        })),
      )
    },
    async remove(kind, id) {
      await documents().deleteOne({ _id: `${kind}:${id}` })
    },
    async clear() {
      await documents().deleteMany({ _id: { $ne: META_ID } })
    },
    async search(kind, words, limit) {
      const text = buildTextSearch(words)
      if (text === null) return { hits: [], total: 0 }
      const filter = { kind, $text: { $search: text } }
      const projection = { docId: 1, display: 1, summary: 1, body: 1, score: { $meta: 'textScore' } }
      const [found, total] = await Promise.all([
        documents()
          .find(filter, { projection })
          .sort({ score: { $meta: 'textScore' } })
          .limit(limit)
          .toArray(),
        documents().countDocuments(filter),
      ])
      return {
        hits: found.map(({ docId, display, summary, body }) => ({ id: docId, display, summary, body })),
        total,
      }
    },
    async close() {
      // The connection is Payload's: it closes it.
    },
  }
}
