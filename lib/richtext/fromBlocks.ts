import type { Block } from '@/lib/legacy/types'

type LexicalNode = { type: string; version: number; [key: string]: unknown }

const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

function text(value: string): LexicalNode {
  return { type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

function toNode(block: Block): LexicalNode {
  switch (block.type) {
    case 'heading':
      return { ...base, type: 'heading', tag: `h${block.level}`, children: [text(block.text)] }
    case 'paragraph':
      return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(block.text)] }
    case 'list':
      return {
        ...base,
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        children: block.items.map((item, index) => ({
          ...base,
          type: 'listitem',
          value: index + 1,
          children: [text(item)],
        })),
      }
  }
}

/** The Lexical document Payload stores for a list of headings, paragraphs and lists. */
export function blocksToLexical(blocks: readonly Block[]) {
  return { root: { ...base, type: 'root', children: blocks.map(toNode) } }
}
