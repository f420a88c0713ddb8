import { Fragment, type ReactNode } from 'react'

import { childrenOf, type LexicalNode } from '@/lib/domain/richtext/nodes'

import type { RenderContext } from './types'

type Item = { content: ReactNode[]; nested: ReactNode[] }

/** True for Lexical's wrapper item that only holds a nested list. */
function isNestedListHolder(item: LexicalNode): boolean {
  const children = childrenOf(item)
  return children.length > 0 && children.every((child) => child.type === 'list')
}

/**
 * A bullet or numbered list. Lexical stores a nested list in an item of its own after the item
 * it belongs to; it is moved into that item so the HTML nests properly and no empty bullet shows.
 */
export function renderList(node: LexicalNode, ctx: RenderContext): ReactNode {
  const items: Item[] = []
  for (const child of childrenOf(node)) {
    const previous = items.at(-1)
    if (previous && isNestedListHolder(child)) {
      previous.nested.push(<Fragment key={previous.nested.length}>{ctx.renderChildren(child)}</Fragment>)
    } else {
      items.push({ content: ctx.renderChildren(child), nested: [] })
    }
  }
  const isNumbered = node.listType === 'number'
  const List = isNumbered ? 'ol' : 'ul'
  return (
    <List className={`my-3 space-y-1 pl-6 ${isNumbered ? 'list-decimal' : 'list-disc'}`}>
      {items.map((item, i) => (
        <li key={i}>
          {item.content}
          {item.nested}
        </li>
      ))}
    </List>
  )
}
