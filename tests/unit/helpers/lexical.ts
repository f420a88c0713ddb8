import type { LexicalJson } from '@/lib/domain/richtext/build'

const isNode = (value: unknown): value is LexicalJson =>
  typeof value === 'object' && value !== null && 'type' in value

/** Every node of a Lexical tree or value (`{ root }`), depth first in document order. */
export function allNodes(tree: unknown): LexicalJson[] {
  const start: unknown = typeof tree === 'object' && tree !== null && 'root' in tree ? tree.root : tree
  const out: LexicalJson[] = []
  const visit = (current: unknown) => {
    if (!isNode(current)) return
    out.push(current)
    if (Array.isArray(current.children)) for (const child of current.children as unknown[]) visit(child)
  }
  visit(start)
  return out
}

/** The nodes of one type, in document order. */
export function nodesOfType(tree: unknown, type: string): LexicalJson[] {
  return allNodes(tree).filter((node) => node.type === type)
}

/** The text of a node: its text nodes joined, line breaks as "\n". */
export function textIn(tree: unknown): string {
  return allNodes(tree)
    .map((child) => (child.type === 'text' ? String(child.text) : child.type === 'linebreak' ? '\n' : ''))
    .join('')
}

/** The address and tooltip of a link node. */
export function linkOf(node: LexicalJson | undefined): { url?: unknown; title?: unknown } {
  const fields = node?.fields
  return typeof fields === 'object' && fields !== null ? fields : {}
}
