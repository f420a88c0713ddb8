import { buildWordPattern } from './wordPattern'

const SNIPPET_LENGTH = 200
// How much text to keep before the first match, so the match is seen in context.
const LEAD = 60

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xdc00 && code <= 0xdfff
}

/** Moves a cut to a nearby space, or at least off the middle of a surrogate pair. */
function snap(text: string, index: number, direction: 1 | -1): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length))
  const space = direction === 1 ? text.indexOf(' ', index) : text.lastIndexOf(' ', index)
  if (space !== -1 && Math.abs(space - index) <= 20) return direction === 1 ? space + 1 : space
  return isLowSurrogate(text, index) ? index + direction : index
}

/**
 * About 200 characters of text around the first of the words (or from the start when none
 * occurs), whitespace collapsed, with "…" where it was cut. Undefined for empty text.
 */
export function makeSnippet(text: string, words: readonly string[]): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return undefined
  const at = buildWordPattern(words)?.exec(flat)?.index ?? 0
  const start = snap(flat, Math.max(0, at - LEAD), 1)
  const end = snap(flat, Math.min(flat.length, start + SNIPPET_LENGTH), -1)
  const body = flat.slice(start, end).trim()
  return `${start > 0 ? '…' : ''}${body}${end < flat.length ? '…' : ''}`
}
