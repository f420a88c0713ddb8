// Only syntax characters may be escaped in a `u`-flag pattern ("\-" is an error there).
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g

/**
 * A case-insensitive pattern matching any of the words, longest first so "elect" does not
 * win over "electric", with the match as group 1 (for `split`). Undefined for no words.
 */
export function buildWordPattern(words: readonly string[], flags: 'iu' | 'giu' = 'iu'): RegExp | undefined {
  const parts = [...new Set(words.filter((word) => word !== ''))]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(REGEX_SYNTAX, '\\$&'))
  return parts.length > 0 ? new RegExp(`(${parts.join('|')})`, flags) : undefined
}

/** How many of the words occur in the text, ignoring case. */
export function countMatchedWords(text: string, words: readonly string[]): number {
  return words.filter((word) => buildWordPattern([word])?.test(text)).length
}
