import { countMatchedWords } from '@/lib/domain/search/wordPattern'

/** The page of a PDF a search found: its number (from 1) and its text. */
export type MatchedPage = { page: number; text: string }

/**
 * The first page holding the most of the searched words (all of them, where a page does), or
 * undefined when no page holds any: the words were in the title or description.
 */
export function findMatchingPage(
  pages: readonly string[],
  words: readonly string[],
): MatchedPage | undefined {
  let best: MatchedPage | undefined
  let bestCount = 0
  pages.forEach((text, index) => {
    const count = countMatchedWords(text, words)
    if (count > bestCount) {
      best = { page: index + 1, text }
      bestCount = count
    }
  })
  return best
}
