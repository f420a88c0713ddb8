/**
 * A Lexical node as stored in JSON. Every property is `unknown` because bodies come from the
 * database, imports and REST clients: renderers check each value before using it.
 */
export type LexicalNode = {
  type?: unknown
  children?: unknown
  text?: unknown
  format?: unknown
  tag?: unknown
  listType?: unknown
  url?: unknown
  fields?: unknown
}

/** Heading levels the site renders: h1 belongs to the page title, h5/h6 are folded into h4. */
export type HeadingLevel = 2 | 3 | 4

/** True for a non-null object, the only shape a node can have. */
export function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The root node of a rich-text value (`{ root }`), or the value itself if it is already a node. */
export function rootOf(value: unknown): LexicalNode | undefined {
  if (!isNode(value)) return undefined
  return 'root' in value && isNode(value.root) ? value.root : value
}

/** The child nodes of a node, skipping anything that is not a node. */
export function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

/** The inline text of a node and its descendants, line breaks as spaces, whitespace collapsed. */
export function textOf(node: LexicalNode): string {
  const parts: string[] = []
  const visit = (current: LexicalNode): void => {
    if (typeof current.text === 'string') parts.push(current.text)
    if (current.type === 'linebreak' || current.type === 'tab') parts.push(' ')
    for (const child of childrenOf(current)) visit(child)
  }
  visit(node)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** The level of a heading node (h1 → 2, h5/h6 → 4), or undefined for any other node. */
export function headingLevelOf(node: LexicalNode): HeadingLevel | undefined {
  if (node.type !== 'heading') return undefined
  const match = typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null
  const level = match ? Number(match[1]) : 2
  return level <= 2 ? 2 : level === 3 ? 3 : 4
}
