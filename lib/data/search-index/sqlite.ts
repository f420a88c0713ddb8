import { createClient, type Client, type InStatement, type Value } from '@libsql/client'

import { SQLITE_BUSY_TIMEOUT_MS } from '@/lib/platform/database/sqliteTransactions'

import {
  FIELD_WEIGHTS,
  INDEX_VERSION,
  searchableWords,
  type IndexedDocument,
  type SearchIndex,
  type SearchKind,
} from './types'

// `kind` is an indexed column so a query can be limited to one kind inside the full-text match;
// its weight is 0, so it never changes the ranking. Prefix indexes make "belg*" as fast as "belgium".
const CREATE_STATEMENTS = [
  'CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
  'CREATE TABLE IF NOT EXISTS search_entries (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, doc_id TEXT NOT NULL, UNIQUE (kind, doc_id))',
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(kind, title, keywords, summary, body,
     tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`,
]
const RANK = `bm25(search_text, 0, ${FIELD_WEIGHTS.title}, ${FIELD_WEIGHTS.keywords}, ${FIELD_WEIGHTS.summary}, ${FIELD_WEIGHTS.body})`

/** A column read back as text (ids are stored as text). */
const asText = (value: Value | undefined) =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'bigint'
      ? value.toString()
      : ''

/** An FTS5 string: any text, double quotes doubled, so no word is read as query syntax. */
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`

/**
 * The FTS5 query for one kind and the words: every word must occur, as a word or the start of one
 * ("belg" finds Belgium); a number must occur as it is ("7" does not find 70).
 */
export function buildMatchQuery(kind: SearchKind, words: readonly string[]): string | null {
  const terms = searchableWords(words).map((word) => (/^\d+$/.test(word) ? quote(word) : `${quote(word)}*`))
  if (terms.length === 0) return null
  return `kind : ${quote(kind)} AND {title keywords summary body} : (${terms.join(' AND ')})`
}

/** The index in a SQLite file of its own beside the database: derived data, rebuilt when missing. */
export function createSqliteSearchIndex(filePath: string): SearchIndex {
  let client: Client | undefined
  const open = async () => {
    if (client) return client
    client = createClient({ url: `file:${filePath}` })
    await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
    await client.execute('PRAGMA journal_mode = WAL')
    return client
  }
  const removeStatements = (kind: SearchKind, id: string): InStatement[] => [
    {
      sql: 'DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_entries WHERE kind = ? AND doc_id = ?)',
      args: [kind, id],
    },
    { sql: 'DELETE FROM search_entries WHERE kind = ? AND doc_id = ?', args: [kind, id] },
  ]

  return {
    async prepare() {
      const db = await open()
      await db.batch(CREATE_STATEMENTS, 'write')
      const version = await db.execute("SELECT value FROM search_meta WHERE key = 'version'")
      if (version.rows[0]?.value === INDEX_VERSION) return false
      await db.batch(
        [
          'DELETE FROM search_text',
          'DELETE FROM search_entries',
          {
            sql: "INSERT OR REPLACE INTO search_meta (key, value) VALUES ('version', ?)",
            args: [INDEX_VERSION],
          },
        ],
        'write',
      )
      return true
    },
    async replace(documents) {
      if (documents.length === 0) return
      const db = await open()
      await db.batch(
        documents.flatMap((doc: IndexedDocument): InStatement[] => [
          ...removeStatements(doc.kind, doc.id),
          { sql: 'INSERT INTO search_entries (kind, doc_id) VALUES (?, ?)', args: [doc.kind, doc.id] },
          {
            sql: 'INSERT INTO search_text (rowid, kind, title, keywords, summary, body) VALUES (last_insert_rowid(), ?, ?, ?, ?, ?)',
            args: [doc.kind, doc.title, doc.keywords, doc.summary, doc.body],
          },
        ]),
        'write',
      )
    },
    async remove(kind, id) {
      await (await open()).batch(removeStatements(kind, id), 'write')
    },
    async clear() {
      await (await open()).batch(['DELETE FROM search_text', 'DELETE FROM search_entries'], 'write')
    },
    async search(kind, words, limit) {
      const match = buildMatchQuery(kind, words)
      if (match === null) return { ids: [], total: 0 }
      const db = await open()
      const [found, counted] = await db.batch(
        [
          {
            sql: `SELECT e.doc_id FROM search_text JOIN search_entries e ON e.id = search_text.rowid
                  WHERE search_text MATCH ? ORDER BY ${RANK} LIMIT ?`,
            args: [match, limit],
          },
          { sql: 'SELECT count(*) AS total FROM search_text WHERE search_text MATCH ?', args: [match] },
        ],
        'read',
      )
      return {
        ids: (found?.rows ?? []).map((row) => asText(row.doc_id)),
        total: Number(counted?.rows[0]?.total ?? 0),
      }
    },
    close() {
      client?.close()
      client = undefined
      return Promise.resolve()
    },
  }
}
