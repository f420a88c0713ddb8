import type { List } from 'mdast'

import { type LexicalJson, listItemNode, listNode, textNode } from '@/lib/domain/richtext/build'

import type { ConvertContext } from './context'
import { flattenBlock, joinLines, MAX_NESTING } from './flatten'
import { mergeTexts } from './mergeTexts'

/**
 * A Markdown list as a Lexical list. An item's paragraphs become lines of one item; a nested list
 * goes into an item of its own right after its parent item, which is how Lexical stores nesting.
 * Task-list boxes are kept as ☐/☑ characters.
 */
export function convertList(list: List, ctx: ConvertContext, depth = 0): LexicalJson {
  const items: LexicalJson[] = []
  let value = list.start ?? 1
  for (const item of list.children) {
    const nested: LexicalJson[] = []
    const lines: LexicalJson[][] = []
    for (const child of item.children) {
      if (child.type === 'list' && depth < MAX_NESTING) nested.push(convertList(child, ctx, depth + 1))
      else lines.push(flattenBlock(child, ctx, depth + 1))
    }
    const box = typeof item.checked === 'boolean' ? [textNode(item.checked ? '☑ ' : '☐ ')] : []
    const content = mergeTexts([...box, ...joinLines(lines)])
    if (content.length > 0 || nested.length === 0) {
      items.push(listItemNode(value, content, depth))
      value += 1
    }
    for (const sublist of nested) items.push(listItemNode(value, [sublist], depth))
  }
  return listNode(list.ordered === true, list.start ?? 1, items)
}
