import type { Nodes } from 'mdast'

/**
 * The text of a Markdown node and its descendants, walked without recursion so that absurdly
 * deep nesting in a hostile file cannot overflow the stack.
 */
export function plainTextOf(root: Nodes): string {
  const parts: string[] = []
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    if (node.type === 'html') continue
    if ('value' in node && typeof node.value === 'string') parts.push(node.value)
    else if (node.type === 'image' || node.type === 'imageReference') parts.push(node.alt ?? '')
    else if (node.type === 'break') parts.push(' ')
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}
