import type { Section } from '@/lib/domain/richtext/sections'

import { countMatchedWords } from './wordPattern'

/** The section that contains the most of the words (the first one on a tie), or undefined if none has any. */
export function findMatchedSection(
  sections: readonly Section[],
  words: readonly string[],
): Section | undefined {
  let best: Section | undefined
  let bestCount = 0
  for (const section of sections) {
    const count = countMatchedWords(`${section.heading ?? ''}\n${section.text}`, words)
    if (count > bestCount) {
      best = section
      bestCount = count
    }
  }
  return best
}
