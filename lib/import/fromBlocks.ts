import type { Block } from '@/lib/import/legacy/types'

import {
  headingNode,
  type LexicalJson,
  listItemNode,
  listNode,
  paragraphNode,
  type RichTextValue,
  rootNode,
  textNode,
} from '../domain/richtext/build'

function toNode(block: Block): LexicalJson {
  switch (block.type) {
    case 'heading':
      return headingNode(`h${block.level}`, [textNode(block.text)])
    case 'paragraph':
      return paragraphNode([textNode(block.text)])
    case 'list':
      return listNode(
        false,
        1,
        block.items.map((item, index) => listItemNode(index + 1, [textNode(item)])),
      )
  }
}

/** The Lexical document Payload stores for a list of headings, paragraphs and lists. */
export function blocksToLexical(blocks: readonly Block[]): RichTextValue {
  return rootNode(blocks.map(toNode))
}
