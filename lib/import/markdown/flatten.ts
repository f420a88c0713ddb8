import type { Html, RootContent } from 'mdast'

import { type LexicalJson, lineBreakNode, TEXT_FORMAT, textNode } from '@/lib/domain/richtext/build'

import { codeToInline } from './code'
import type { ConvertContext } from './context'
import { readHtmlBlock } from './html'
import { convertInline, INLINE_ONLY } from './inline'
import { mergeTexts } from './mergeTexts'
import { plainTextOf } from './plainText'

/** Deeper nesting than this (quotes in lists in quotes…) is kept as plain text. */
export const MAX_NESTING = 16

/** Lines of inline nodes joined by line breaks. */
export function joinLines(lines: LexicalJson[][]): LexicalJson[] {
  return mergeTexts(
    lines
      .filter((line) => line.length > 0)
      .flatMap((line, index) => (index > 0 ? [lineBreakNode(), ...line] : line)),
  )
}

/** The text lines of a block of raw HTML, with a warning for each kind of thing taken out. */
export function htmlBlockLines(node: Html, ctx: ConvertContext): string[] {
  const html = readHtmlBlock(node.value)
  for (const name of html.dropped) ctx.warn(node, 'HTML', `HTML <${name}> element dropped with its content`)
  if (html.hasComment) ctx.warn(node, 'HTML', 'HTML comment dropped')
  if (html.hasTags) ctx.warn(node, 'HTML', 'HTML tags removed; their text is kept')
  return html.lines
}

/**
 * A block as inline nodes, for places that hold only inline content (list items, quotes): its
 * paragraphs, items and rows become lines separated by line breaks.
 */
export function flattenBlock(node: RootContent, ctx: ConvertContext, depth: number): LexicalJson[] {
  if (depth > MAX_NESTING) {
    const text = plainTextOf(node)
    return text ? [textNode(text)] : []
  }
  switch (node.type) {
    case 'paragraph':
      return convertInline(node.children, ctx, INLINE_ONLY)
    case 'heading':
      return convertInline(node.children, ctx, { ...INLINE_ONLY, format: TEXT_FORMAT.bold })
    case 'blockquote':
      return joinLines(node.children.map((child) => flattenBlock(child, ctx, depth + 1)))
    case 'list':
      return joinLines(
        node.children.map((item, index) => {
          const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '• '
          return mergeTexts([
            textNode(marker),
            ...joinLines(item.children.map((child) => flattenBlock(child, ctx, depth + 1))),
          ])
        }),
      )
    case 'table':
      ctx.warn(node, 'table', 'a table inside a list or quote is shown as lines of text')
      return joinLines(
        node.children.map((row) =>
          row.children.flatMap((cell, index) => [
            ...(index > 0 ? [textNode(' · ')] : []),
            ...convertInline(cell.children, ctx, INLINE_ONLY),
          ]),
        ),
      )
    case 'code':
      return codeToInline(node, ctx)
    case 'html':
      return joinLines(htmlBlockLines(node, ctx).map((line) => [textNode(line)]))
    case 'footnoteDefinition':
      return mergeTexts([
        textNode(`[${node.label ?? node.identifier}] `),
        ...joinLines(node.children.map((child) => flattenBlock(child, ctx, depth + 1))),
      ])
    default:
      return []
  }
}
