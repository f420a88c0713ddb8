import { childrenOf, isNode, type LexicalNode, rootOf } from '@/lib/domain/richtext/nodes'

import { splitSentences } from './splitSentences'

/** An open question an editor left in a text, and the sentence it sits in. */
export type ReviewItem = { question: string; sentence: string }

/** Phrases editors use for notes to each other, besides a question mark. */
const EDITOR_NOTE =
  /\b(spell (it )?out|is this|is that|tbd|tbc|todo|to do|fixme|xxx|citation needed|source needed|to be (confirmed|checked)|please (check|confirm|verify)|check this|verify this)\b/i

/** True for the text inside brackets that is a note to editors rather than part of the text. */
function isEditorNote(inner: string): boolean {
  return inner.trim() === '' || inner.includes('?') || EDITOR_NOTE.test(inner)
}

const INLINE_TYPES = new Set(['text', 'link', 'autolink', 'linebreak', 'tab'])

/** The text a block shows itself (its inline content), without that of blocks nested in it. */
function inlineTextOf(node: LexicalNode): string {
  const parts: string[] = []
  const visit = (current: LexicalNode): void => {
    if (typeof current.text === 'string') parts.push(current.text)
    if (current.type === 'linebreak' || current.type === 'tab') parts.push(' ')
    for (const child of childrenOf(current)) if (INLINE_TYPES.has(String(child.type))) visit(child)
  }
  visit(node)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** The text of every block of a rich-text value, in document order. */
function blockTexts(value: unknown): string[] {
  const root = rootOf(value)
  if (!root) return []
  const texts: string[] = []
  const stack: LexicalNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    const text = inlineTextOf(node)
    if (text !== '') texts.push(text)
    const blocks = childrenOf(node).filter((child) => !INLINE_TYPES.has(String(child.type)))
    for (let i = blocks.length - 1; i >= 0; i--) stack.push(blocks[i] as LexicalNode)
  }
  return texts
}

/**
 * The open questions in rich-text values: notes in brackets that ask something ("(in DESI?)"),
 * say what to do ("(is this the full name, if not spell out)") or are empty ("()"), each with its
 * sentence, in document order. The text itself is not changed.
 */
export function findReviewItems(...values: unknown[]): ReviewItem[] {
  const items: ReviewItem[] = []
  for (const text of values.filter(isNode).flatMap(blockTexts)) {
    for (const sentence of splitSentences(text)) {
      for (const match of sentence.matchAll(/\(([^()]*)\)/g)) {
        if (isEditorNote(match[1] ?? '')) items.push({ question: match[0], sentence })
      }
    }
  }
  return items
}
