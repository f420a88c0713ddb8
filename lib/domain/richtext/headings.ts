import { slugify } from '@/lib/domain/text'

import { childrenOf, type LexicalNode, rootOf, textOf, writtenHeadingLevelOf } from './nodes'
import { type HeadingLevel, outlineLevels } from './outline'

/** A section heading of a rich-text body, as the table of contents lists it. */
export type Heading = { id: string; level: HeadingLevel; text: string }

// Ids the page layout already uses: a heading called "Main" must not steal the skip link target.
const RESERVED_IDS = ['main', 'site-search']
const FALLBACK_ID = 'section'
// Long enough to stay readable, short enough that a paragraph-long heading gives a sane URL.
const MAX_ID_LENGTH = 80

/** A URL-safe id from heading text; headings in other scripts slugify to nothing but still need one. */
function baseIdFor(text: string): string {
  return slugify(text).slice(0, MAX_ID_LENGTH).replace(/-+$/, '') || FALLBACK_ID
}

/** Every heading node of a body in document order with the level it was written at. */
function findHeadingNodes(body: unknown): { node: LexicalNode; written: number }[] {
  const found: { node: LexicalNode; written: number }[] = []
  const visit = (node: LexicalNode): void => {
    const written = writtenHeadingLevelOf(node)
    if (written !== undefined) found.push({ node, written })
    for (const child of childrenOf(node)) visit(child)
  }
  const root = rootOf(body)
  if (root) visit(root)
  return found
}

/**
 * Every heading node of a body in document order, each with a unique id derived from its text
 * ("Data protection" → `data-protection`, the second one `data-protection-2`) and the level that
 * keeps the page outline free of gaps (`outlineLevels`). The renderer and the table of contents
 * both use this map, so their ids and levels always agree.
 */
export function assignHeadingIds(body: unknown): Map<LexicalNode, Heading> {
  const found = findHeadingNodes(body)
  const levels = outlineLevels(found.map((heading) => heading.written))
  const headings = new Map<LexicalNode, Heading>()
  const used = new Set(RESERVED_IDS)
  found.forEach(({ node }, index) => {
    const text = textOf(node)
    const base = baseIdFor(text)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    headings.set(node, { id, level: levels[index] ?? 2, text })
  })
  return headings
}

/** The headings of a body in document order, for a table of contents. */
export function extractHeadings(body: unknown): Heading[] {
  return [...assignHeadingIds(body).values()]
}
