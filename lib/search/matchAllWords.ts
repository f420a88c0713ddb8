import type { Where } from 'payload'

/**
 * Words as `like` values. SQLite treats `%` and `_` as wildcards; they become spaces, which
 * Payload's `like` reads as separate words that must all occur.
 */
function toLikeValue(word: string): string | undefined {
  const value = word.replace(/[%_\\]+/g, ' ').trim()
  return value === '' ? undefined : value
}

/**
 * A query matching documents that contain every word in at least one of the fields
 * (case-insensitive substring match), plus any per-word alternatives such as an exact number.
 * Undefined when no word is left to match: an empty `and` would match every document.
 */
export function matchAllWords(
  fields: readonly string[],
  words: readonly string[],
  alternativesFor: (word: string) => Where[] = () => [],
): Where | undefined {
  const perWord: Where[] = []
  for (const word of words) {
    const value = toLikeValue(word)
    if (value === undefined) continue
    perWord.push({ or: [...fields.map((field) => ({ [field]: { like: value } })), ...alternativesFor(word)] })
  }
  return perWord.length > 0 ? { and: perWord } : undefined
}
