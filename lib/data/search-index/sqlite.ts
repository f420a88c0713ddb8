import Database from 'libsql'

import { SQLITE_BUSY_TIMEOUT_MS } from '@/lib/platform/database/sqliteTransactions'

import {
  FIELD_WEIGHTS,
  INDEX_VERSION,
  searchableWords,
  type IndexedDocument,
  type SearchDisplay,
  type SearchHitEntry,
  type SearchIndex,
  type SearchKind,
} from './types'

// `kind` is an indexed column so a query can be limited to one kind inside the full-text match;
// its weight is 0, so it never changes the ranking. Prefix indexes make "belg*" as fast as "belgium".
// `display` (JSON) is what the hit shows, so a search is one query of the index and nothing else.
const CREATE_TABLES = `
  CREATE TABLE search_entries (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, doc_id TEXT NOT NULL,
    display TEXT NOT NULL, UNIQUE (kind, doc_id));
  CREATE VIRTUAL TABLE search_text USING fts5(kind, title, keywords, summary, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');`
const RANK = `bm25(search_text, 0, ${FIELD_WEIGHTS.title}, ${FIELD_WEIGHTS.keywords}, ${FIELD_WEIGHTS.summary}, ${FIELD_WEIGHTS.body})`
// The best `limit` matches with what they show, and how many match in all (the window function
// counts before the limit). bm25() is only valid in the full-text scan itself, hence the first step.
const SEARCH_SQL = `WITH matched AS MATERIALIZED (
    SELECT rowid AS id, ${RANK} AS score FROM search_text WHERE search_text MATCH ?),
  ranked AS (SELECT id, score, count(*) OVER () AS total FROM matched ORDER BY score LIMIT ?)
  SELECT e.doc_id, e.display, t.summary, t.body, ranked.total FROM ranked
  JOIN search_entries e ON e.id = ranked.id JOIN search_text t ON t.rowid = ranked.id
  ORDER BY ranked.score`

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

type Row = Record<string, unknown>
const text = (row: Row, column: string) => {
  const value = row[column]
  return typeof value === 'string' ? value : ''
}

function toHit(row: Row): SearchHitEntry {
  return {
    id: text(row, 'doc_id'),
    // Written by this module from a SearchDisplay (`replace` below).
    display: JSON.parse(text(row, 'display')) as SearchDisplay,
    summary: text(row, 'summary'),
    body: text(row, 'body'),
  }
}

/**
 * The index in a SQLite file of its own beside the database: derived data, rebuilt when missing.
 * One connection with its statements prepared once (`libsql`, the driver under Payload's
 * `@libsql/client`, which prepares every statement anew); SQLite's calls are synchronous anyway.
 */
export function createSqliteSearchIndex(filePath: string): SearchIndex {
  let opened: ReturnType<typeof openIndex> | undefined
  const open = () => (opened ??= openIndex(filePath))

  return {
    prepare() {
      const { db } = open()
      db.exec('CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
      const row = db.prepare("SELECT value FROM search_meta WHERE key = 'version'").get() as Row | undefined
      if (row?.value === INDEX_VERSION) return Promise.resolve(false)
      // One transaction: another instance starting at the same time sees the old tables or the new
      // ones, never none, and refills the index as this one does.
      db.transaction(() => {
        db.exec('DROP TABLE IF EXISTS search_text; DROP TABLE IF EXISTS search_entries;')
        db.exec(CREATE_TABLES)
        db.prepare("INSERT OR REPLACE INTO search_meta (key, value) VALUES ('version', ?)").run(INDEX_VERSION)
      }).immediate()
      return Promise.resolve(true)
    },
    replace(documents) {
      if (documents.length > 0) open().replace(documents)
      return Promise.resolve()
    },
    remove(kind, id) {
      open().remove(kind, id)
      return Promise.resolve()
    },
    clear() {
      open().db.exec('DELETE FROM search_text; DELETE FROM search_entries;')
      return Promise.resolve()
    },
    search(kind, words, limit) {
      const match = buildMatchQuery(kind, words)
      if (match === null) return Promise.resolve({ hits: [], total: 0 })
      const rows = open().search(match, limit)
      return Promise.resolve({ hits: rows.map(toHit), total: Number(rows[0]?.total ?? 0) })
    },
    close() {
      opened?.db.close()
      opened = undefined
      return Promise.resolve()
    },
  }
}

/** The connection and its statements (prepared once the tables exist: on first use after `prepare`). */
function openIndex(filePath: string) {
  const db = new Database(filePath)
  db.exec(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}; PRAGMA journal_mode = WAL;`)
  let statements: ReturnType<typeof prepareStatements> | undefined
  const statement = () => (statements ??= prepareStatements(db))
  const remove = (kind: SearchKind, id: string) => {
    statement().removeText.run(kind, id)
    statement().removeEntry.run(kind, id)
  }
  const removeOne = db.transaction(remove)
  const replaceAll = db.transaction((documents: readonly IndexedDocument[]) => {
    for (const doc of documents) {
      remove(doc.kind, doc.id)
      const { lastInsertRowid } = statement().insertEntry.run(doc.kind, doc.id, JSON.stringify(doc.display))
      statement().insertText.run(lastInsertRowid, doc.kind, doc.title, doc.keywords, doc.summary, doc.body)
    }
  })
  return {
    db,
    search: (match: string, limit: number) => statement().search.all(match, limit) as Row[],
    remove: (kind: SearchKind, id: string) => removeOne.immediate(kind, id),
    replace: (documents: readonly IndexedDocument[]) => replaceAll.immediate(documents),
  }
}

function prepareStatements(db: Database.Database) {
  return {
    search: db.prepare(SEARCH_SQL),
    removeText: db.prepare(
      'DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_entries WHERE kind = ? AND doc_id = ?)',
    ),
    removeEntry: db.prepare('DELETE FROM search_entries WHERE kind = ? AND doc_id = ?'),
    insertEntry: db.prepare('INSERT INTO search_entries (kind, doc_id, display) VALUES (?, ?, ?)'),
    insertText: db.prepare(
      'INSERT INTO search_text (rowid, kind, title, keywords, summary, body) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  }
}
