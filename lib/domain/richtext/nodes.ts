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
  /** Upload nodes: the media document (populated) or its id. */
  value?: unknown
  /** Table cells: Lexical's header bits (1 = in a header row, 2 = in a header column). */
  headerState?: unknown
}

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

/** The level a heading node was written at (1–6; 2 when its tag is missing), or undefined for any other node. */
export function writtenHeadingLevelOf(node: LexicalNode): number | undefined {
  if (node.type !== 'heading') return undefined
  const match = typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null
  return match ? Number(match[1]) : 2
}
