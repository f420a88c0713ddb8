// The search load: distinct two-word searches (scripts/bench/search-queries.lua) over the words of
// the site's own content, taken from the full-text index of the bench's database, so searches find
// what the content holds (the commonest words first: most searches match many documents) and every
// request is a query nobody asked before, as a crawler or an attacker would send them.
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import type { WrkScript } from './wrk'

/** The row of the search load in the tables and budgets. */
export const SEARCH_LOAD = '/search?q=<two words> (distinct)'
/** Where the load goes; the script adds the query. */
export const SEARCH_PATH = '/search'
/** Requested one by one before the load, as every URL is. */
export const SEARCH_WARM_UP_PATH = '/search?q=charging+public'

const SCRIPT = path.join(import.meta.dirname, 'search-queries.lua')
// Odd, so the script's enumeration covers every pair once: 45,150 distinct searches.
const WORDS = 301

/**
 * Writes the commonest words of the index (at least three letters a–z, so they need no escaping
 * in a URL) to a file beside it; returns the file and how many words it holds.
 */
export async function writeSearchWords(indexFile: string): Promise<{ file: string; count: number }> {
  const db = createClient({ url: `file:${path.resolve(indexFile)}` })
  try {
    await db.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'search_text', 'row')")
    const { rows } = await db.execute({
      sql: `SELECT term FROM temp.vocabulary WHERE term GLOB '[a-z][a-z][a-z]*' AND term NOT GLOB '*[^a-z]*'
            ORDER BY doc DESC, term LIMIT ?`,
      args: [WORDS],
    })
    const words = rows.flatMap((row) => (typeof row.term === 'string' ? [row.term] : []))
    if (words.length < 3) throw new Error(`the search index ${indexFile} holds too few words`)
    // The enumeration needs an odd count.
    const used = words.length % 2 === 1 ? words : words.slice(0, -1)
    const file = path.join(path.dirname(indexFile), 'search-words.txt')
    writeFileSync(file, `${used.join('\n')}\n`)
    return { file, count: used.length }
  } finally {
    db.close()
  }
}

/** wrk scripts for successive runs: each run starts at the pair after the last one the previous sent. */
export function distinctSearches(wordsFile: string): { next: (threads: number) => WrkScript } {
  let first = 0
  return {
    next: (threads) => ({
      file: SCRIPT,
      args: [wordsFile, String(first), String(threads)],
      onReport(report) {
        const next = /^next pair: (\d+)$/m.exec(report)?.[1]
        if (next === undefined)
          throw new Error(`wrk: the search script did not say where it stopped:\n${report}`)
        first = Number(next)
      },
    }),
  }
}
