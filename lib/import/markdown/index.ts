import type { Heading, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

import type { Issue } from '@/lib/import/legacy/types'
import { type HeadingTag, type RichTextValue, rootNode } from '@/lib/domain/richtext/build'
import { DEEPEST_BODY_LEVEL, outlineLevels } from '@/lib/domain/richtext/outline'

import { convertBlocks } from './blocks'
import { type ConvertContext, type ConvertOptions, createContext } from './context'
import { plainTextOf } from './plainText'

export type { ConvertOptions, ImageTarget, UploadedImages } from './context'

/** Markdown with the GitHub extensions legacy pages use: tables, bare addresses, strikethrough. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

function whyShifted(written: number, shown: number): string {
  if (written === 1) return "the page's title is its only h1"
  if (shown === DEEPEST_BODY_LEVEL && written > shown) return 'pages use no deeper level'
  return 'a heading is one level below the heading it belongs to, so the outline skips no level'
}

/**
 * The tag of each top-level heading with text, shifted where needed so the page outline starts at
 * h2 and never skips a level; each shift is a warning at the heading's line.
 */
function assignHeadingTags(root: Root, ctx: ConvertContext): Map<Heading, HeadingTag> {
  const headings = root.children.filter(
    (node): node is Heading => node.type === 'heading' && plainTextOf(node) !== '',
  )
  const levels = outlineLevels(headings.map((heading) => heading.depth))
  const tags = new Map<Heading, HeadingTag>()
  headings.forEach((heading, index) => {
    const level = levels[index] ?? 2
    tags.set(heading, `h${level}`)
    if (level !== heading.depth) {
      const what = `heading "${plainTextOf(heading)}" (${'#'.repeat(heading.depth)}) is shown as h${level}`
      ctx.warn(heading, 'heading level', `${what}: ${whyShifted(heading.depth, level)}`)
    }
  })
  return tags
}

/** A Markdown text as a rich-text value the editor and the site render, with every warning at its file line. */
export function markdownToLexical(
  markdown: string,
  options: ConvertOptions = {},
): { value: RichTextValue; warnings: Issue[] } {
  const root = parseMarkdown(markdown)
  const ctx = createContext(markdown, root, options)
  const tags = assignHeadingTags(root, ctx)
  const value = rootNode(convertBlocks(root.children, ctx, tags))
  const warnings = [...ctx.warnings].sort((a, b) => a.line - b.line)
  return { value, warnings }
}

/** An image of a Markdown text: its address as written, its alt text and file line. */
export type ImageSource = { src: string; alt: string; line: number }

/** The images of a Markdown text (inline and by reference), the first of each address, in order. */
export function listImageSources(
  markdown: string,
  options: Pick<ConvertOptions, 'firstLine'> = {},
): ImageSource[] {
  const root = parseMarkdown(markdown)
  const ctx = createContext(markdown, root, options)
  const sources = new Map<string, ImageSource>()
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    const src =
      node.type === 'image'
        ? node.url
        : node.type === 'imageReference'
          ? ctx.definitions.get(node.identifier)?.url
          : undefined
    if (src !== undefined && (node.type === 'image' || node.type === 'imageReference') && !sources.has(src)) {
      sources.set(src, { src, alt: node.alt ?? '', line: ctx.lineOf(node) })
    }
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
  }
  return [...sources.values()]
}
