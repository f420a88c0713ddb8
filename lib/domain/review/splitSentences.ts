/** Words that end with a full stop without ending a sentence ("e.g. Belgium", "U.S. Government"). */
const ABBREVIATION =
  /(^|[\s(])(e\.g|i\.e|etc|vs|cf|approx|incl|no|nr|mr|mrs|ms|dr|prof|st|u\.s|u\.k|e\.u|inc|ltd|co|[A-Z])\.$/i

/** True when a sentence may end at `index` (a full stop, question or exclamation mark). */
function endsSentence(text: string, index: number): boolean {
  const next = text.slice(index + 1).match(/^\s+(\S)/)
  if (!next?.[1] || !/[\p{Lu}\p{N}"“‘'(]/u.test(next[1])) return false
  return text[index] !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, index - 12), index + 1))
}

/**
 * A text's sentences, trimmed. Punctuation inside brackets does not end a sentence, so a note
 * such as "(in DESI?)" stays in the sentence around it.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  let depth = 0
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '(' || char === '[') depth += 1
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1
    else if (depth === 0 && (char === '.' || char === '?' || char === '!') && endsSentence(text, index)) {
      sentences.push(text.slice(start, index + 1))
      start = index + 1
    }
  }
  sentences.push(text.slice(start))
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '')
}
