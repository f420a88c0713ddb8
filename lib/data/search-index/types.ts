import type { Section } from '@/lib/domain/richtext/sections'

/** The collections site search covers. */
export const SEARCH_KINDS = ['countries', 'policy-articles', 'tasks', 'publications'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/**
 * What a hit shows besides the matched text, kept with the entry so that a search is one query of
 * the index: a country's name and address, an article's address, topic, country (its id: the
 * name is the country's own, read when a search shows it) and sections, a task's number and status,
 * a publication's address, its type and year, and its PDF's file name.
 */
export type SearchDisplay =
  | { kind: 'countries'; name: string; slug: string }
  | {
      kind: 'policy-articles'
      title: string
      slug: string
      topic: string | null
      countryId: string | null
      sections: Section[]
    }
  | { kind: 'tasks'; number: number; title: string; status: 'ongoing' | 'completed' }
  | { kind: 'publications'; title: string; slug: string; meta: string; filename: string }

/**
 * Between the pages of a publication's PDF text in its entry's body: a search finds the page a word
 * is on from the hit alone. (The pages' own whitespace is collapsed, so none holds it.)
 */
export const PAGE_BREAK = '\f'

/**
 * What the index keeps of one published document, in fields ranked from most to least telling:
 * a word in the title counts most, one in the body least; and what its hit shows.
 */
export type IndexedDocument = {
  kind: SearchKind
  /** The document's id, as text (SQLite ids are numbers, MongoDB's are strings). */
  id: string
  title: string
  /** Short labels: an article's topic, a country's ISO code, a task's status, a publication's type and year. */
  keywords: string
  summary: string
  body: string
  display: SearchDisplay
}

/** One document found: its id, what its hit shows, and its summary and body text for the snippet. */
export type SearchHitEntry = Pick<IndexedDocument, 'id' | 'display' | 'summary' | 'body'>

/** The best matches of one kind, best first, and how many match in all. */
export type SearchMatch = { hits: SearchHitEntry[]; total: number }

/**
 * Full-text search over the published documents, kept by the database itself: SQLite's FTS5 for
 * the embedded database, a text index in MongoDB. Both match documents containing every word.
 */
export interface SearchIndex {
  /** Creates what is missing; true when the index is new (or of an older layout) and must be filled. */
  prepare(): Promise<boolean>
  /** Adds the documents, replacing any earlier entry of the same kind and id. */
  replace(documents: readonly IndexedDocument[]): Promise<void>
  remove(kind: SearchKind, id: string): Promise<void>
  /** Empties the index (before it is refilled). */
  clear(): Promise<void>
  /** Up to `limit` documents of one kind containing every word, most relevant first. */
  search(kind: SearchKind, words: readonly string[], limit: number): Promise<SearchMatch>
  close(): Promise<void>
}

/** Field weights for ranking, in the order title, keywords, summary, body. */
export const FIELD_WEIGHTS = { title: 10, keywords: 5, summary: 3, body: 1 } as const

/** Bumped when the layout of the index changes: an index of another version is rebuilt. */
export const INDEX_VERSION = '3'

/** Words that can be searched for: at least one letter or digit (punctuation alone matches nothing). */
export function searchableWords(words: readonly string[]): string[] {
  return words.filter((word) => /[\p{L}\p{N}]/u.test(word))
}
