import { assignHeadingIds } from './headings'
import { childrenOf, rootOf } from './nodes'
import { toPlainText } from './plainText'

/** The text of a body between two headings; `id` and `heading` are undefined before the first heading. */
export type Section = { id: string | undefined; heading: string | undefined; text: string }

/**
 * Splits a body at its top-level headings (any level), so search can link to the section a
 * match is in. Text keeps one block per line, like `searchText`. Ids match `extractHeadings`.
 */
export function splitSections(body: unknown): Section[] {
  const root = rootOf(body)
  if (!root) return []
  const headings = assignHeadingIds(body)
  const sections: Section[] = []
  let current: Section = { id: undefined, heading: undefined, text: '' }
  for (const node of childrenOf(root)) {
    const heading = headings.get(node)
    if (heading) {
      if (current.id !== undefined || current.text !== '') sections.push(current)
      current = { id: heading.id, heading: heading.text, text: '' }
      continue
    }
    const text = toPlainText(node)
    if (text !== '') current.text = current.text === '' ? text : `${current.text}\n${text}`
  }
  if (current.id !== undefined || current.text !== '') sections.push(current)
  return sections
}
