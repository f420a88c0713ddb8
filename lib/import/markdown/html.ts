import { decodeString } from 'micromark-util-decode-string'

/** Elements whose content is code, not text: dropped with the element. */
const DROPPED_ELEMENTS = ['script', 'style']

/** What one piece of raw inline HTML is. */
export type HtmlTag =
  | { kind: 'comment' }
  | { kind: 'tag'; name: string; closing: boolean }
  | { kind: 'other' }

/** Reads an inline HTML node's value (`<b>`, `</span>`, `<!-- … -->`). */
export function readHtmlTag(value: string): HtmlTag {
  if (value.startsWith('<!--')) return { kind: 'comment' }
  const match = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(value)
  if (!match?.[2]) return { kind: 'other' }
  return { kind: 'tag', name: match[2].toLowerCase(), closing: match[1] === '/' }
}

/** True for an element whose content is dropped with it. */
export function isDroppedElement(name: string): boolean {
  return DROPPED_ELEMENTS.includes(name)
}

const DROPPED_CONTENT = new RegExp(`<(${DROPPED_ELEMENTS.join('|')})\\b[\\s\\S]*?(<\\/\\1\\s*>|$)`, 'gi')
const COMMENT = /<!--[\s\S]*?(-->|$)/g
const LINE_ENDING_TAG = /<br\s*\/?>|<\/(p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol)\s*>/gi
const ANY_TAG = /<[!?/]?[a-z][^>]*>|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/gi

/** A block of raw HTML read as text, and what was taken out of it. */
export type HtmlText = {
  /** The text, one entry per line; never markup. */
  lines: string[]
  /** Names of the script and style elements dropped with their content. */
  dropped: string[]
  hasComment: boolean
  /** True when tags other than dropped elements and comments were removed. */
  hasTags: boolean
}

/**
 * The text of a block of raw HTML: scripts, styles and comments are dropped, every other tag is
 * removed and character references are decoded. The result is text, which the renderer escapes
 * like any other.
 */
export function readHtmlBlock(html: string): HtmlText {
  const dropped = [...html.matchAll(DROPPED_CONTENT)].map((match) => (match[1] ?? '').toLowerCase())
  const hasComment = html.includes('<!--')
  const rest = html.replace(DROPPED_CONTENT, '').replace(COMMENT, '')
  const hasTags = new RegExp(ANY_TAG.source, 'i').test(rest)
  const text = rest.replace(LINE_ENDING_TAG, '\n').replace(ANY_TAG, '')
  const lines = decodeString(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
  return { lines, dropped: [...new Set(dropped)], hasComment, hasTags }
}
