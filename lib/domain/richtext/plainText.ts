type TextNode = { type?: unknown; text?: unknown; children?: unknown }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'root'])

function collect(node: unknown, out: string[]): void {
  if (!node || typeof node !== 'object') return
  const { type, text, children } = node as TextNode
  if (typeof text === 'string') out.push(text)
  if (type === 'linebreak') out.push('\n')
  if (Array.isArray(children)) for (const child of children) collect(child, out)
  if (typeof type === 'string' && BLOCK_TYPES.has(type)) out.push('\n')
}

/** The text of a Lexical document, one block per line, for search and descriptions. */
export function toPlainText(value: unknown): string {
  const root = value && typeof value === 'object' && 'root' in value ? value.root : value
  const out: string[] = []
  collect(root, out)
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
}
