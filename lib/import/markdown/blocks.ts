import type { Heading, RootContent } from 'mdast'

import {
  type HeadingTag,
  headingNode,
  horizontalRuleNode,
  type LexicalJson,
  paragraphNode,
  quoteNode,
  textNode,
} from '@/lib/domain/richtext/build'

import { codeToInline } from './code'
import type { ConvertContext } from './context'
import { flattenBlock, htmlBlockLines, joinLines } from './flatten'
import { convertInline, INLINE_ONLY, PARAGRAPH } from './inline'
import { convertList } from './lists'
import { convertTable } from './tables'

/** Paragraphs around the uploads that a paragraph's images became, which are blocks of their own. */
function splitAtUploads(inline: LexicalJson[]): LexicalJson[] {
  const blocks: LexicalJson[] = []
  let run: LexicalJson[] = []
  const flush = () => {
    const isBlank = run.every(
      (node) => node.type === 'linebreak' || (node.type === 'text' && String(node.text).trim() === ''),
    )
    if (!isBlank) blocks.push(paragraphNode(run))
    run = []
  }
  for (const node of inline) {
    if (node.type !== 'upload') {
      run.push(node)
      continue
    }
    flush()
    blocks.push(node)
  }
  flush()
  return blocks
}

/** Lexical blocks for top-level Markdown blocks; `headingTags` holds the tag of each heading shown. */
export function convertBlocks(
  nodes: RootContent[],
  ctx: ConvertContext,
  headingTags: ReadonlyMap<Heading, HeadingTag>,
): LexicalJson[] {
  return nodes.flatMap((node): LexicalJson[] => {
    switch (node.type) {
      case 'paragraph':
        return splitAtUploads(convertInline(node.children, ctx, PARAGRAPH))
      case 'heading': {
        const tag = headingTags.get(node)
        return tag ? [headingNode(tag, convertInline(node.children, ctx, INLINE_ONLY))] : []
      }
      case 'thematicBreak':
        return [horizontalRuleNode()]
      case 'blockquote': {
        const content = joinLines(node.children.map((child) => flattenBlock(child, ctx, 1)))
        return content.length > 0 ? [quoteNode(content)] : []
      }
      case 'list':
        return [convertList(node, ctx)]
      case 'table':
        return [convertTable(node, ctx)]
      case 'code': {
        const content = codeToInline(node, ctx)
        return content.length > 0 ? [paragraphNode(content)] : []
      }
      case 'html':
        return htmlBlockLines(node, ctx).map((line) => paragraphNode([textNode(line)]))
      case 'footnoteDefinition': {
        const content = flattenBlock(node, ctx, 1)
        return content.length > 0 ? [paragraphNode(content)] : []
      }
      default:
        return []
    }
  })
}
