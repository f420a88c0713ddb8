import type { Link, LinkReference, Nodes, PhrasingContent } from 'mdast'

import { type LexicalJson, linkNode, lineBreakNode, TEXT_FORMAT, textNode } from '@/lib/domain/richtext/build'
import { isSafeHref } from '@/lib/domain/richtext/links'

import type { ConvertContext } from './context'
import { isDroppedElement, readHtmlTag } from './html'
import { shown, toImage } from './images'
import { mergeTexts } from './mergeTexts'

/** Where inline content sits: its inherited formats, and whether an image may become an upload. */
export type InlineState = { format: number; uploadsAllowed: boolean; inLink: boolean }

/** Inline content of a paragraph at the top level: images there may become uploads. */
export const PARAGRAPH: InlineState = { format: 0, uploadsAllowed: true, inLink: false }
/** Inline content of lists, quotes, table cells and headings, which cannot hold an upload. */
export const INLINE_ONLY: InlineState = { format: 0, uploadsAllowed: false, inLink: false }

/** Addresses that point into the legacy site, which this site does not mirror path for path. */
function isSiteRelative(url: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|#)/i.test(url.trim())
}

function toLink(
  node: Link | LinkReference,
  url: string,
  title: string | null | undefined,
  ctx: ConvertContext,
  state: InlineState,
): LexicalJson[] {
  const children = convertInline(node.children, ctx, { ...state, inLink: true })
  if (url.trim() === '') {
    ctx.warn(node, 'link', 'a link without an address is shown as its text')
    return children
  }
  if (!isSafeHref(url)) {
    ctx.warn(
      node,
      'link',
      `link to "${shown(url)}" removed (only http(s), mailto: and relative addresses are allowed); its text is kept`,
    )
    return children
  }
  if (isSiteRelative(url)) {
    ctx.warn(
      node,
      'link',
      `link "${shown(url)}" is relative to the legacy site: check that it leads somewhere here`,
    )
  }
  return [linkNode(url, children.length > 0 ? children : [textNode(url, state.format)], title ?? undefined)]
}

/** One inline node; the caller handles raw HTML. */
function convertNode(node: PhrasingContent, ctx: ConvertContext, state: InlineState): LexicalJson[] {
  const nested = (bit: number, children: PhrasingContent[]) =>
    convertInline(children, ctx, { ...state, format: state.format | bit })
  switch (node.type) {
    case 'text':
      // A line ending inside a paragraph is a soft break: a space.
      return node.value === '' ? [] : [textNode(node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' '), state.format)]
    case 'strong':
      return nested(TEXT_FORMAT.bold, node.children)
    case 'emphasis':
      return nested(TEXT_FORMAT.italic, node.children)
    case 'delete':
      return nested(TEXT_FORMAT.strikethrough, node.children)
    case 'inlineCode':
      return [textNode(node.value.replace(/\r?\n/g, ' '), state.format | TEXT_FORMAT.code)]
    case 'break':
      return [lineBreakNode()]
    case 'link':
      return state.inLink
        ? convertInline(node.children, ctx, state)
        : toLink(node, node.url, node.title, ctx, state)
    case 'linkReference': {
      const definition = ctx.definitions.get(node.identifier)
      if (!definition || state.inLink) return convertInline(node.children, ctx, state)
      return toLink(node, definition.url, definition.title, ctx, state)
    }
    case 'image':
      return toImage(node, node.url, node.alt ?? '', ctx, state)
    case 'imageReference': {
      const definition = ctx.definitions.get(node.identifier)
      return toImage(node, definition?.url ?? '', node.alt ?? '', ctx, state)
    }
    case 'footnoteReference':
      return [textNode(`[${node.label ?? node.identifier}]`, state.format)]
    case 'html':
      return []
  }
}

/** Warns about one piece of raw inline HTML, which is never kept as markup. */
function warnHtml(node: Nodes, name: string, ctx: ConvertContext): void {
  if (isDroppedElement(name)) ctx.warn(node, 'HTML', `HTML <${name}> element dropped with its content`)
  else if (name === 'br') ctx.warn(node, 'HTML', 'HTML <br> shown as a line break')
  else ctx.warn(node, 'HTML', `HTML tag <${name}> removed; its text is kept`)
}

/**
 * Inline Markdown as Lexical inline nodes (plus upload nodes where `state` allows them). Raw HTML
 * tags are removed, their text kept; `<script>` and `<style>` go with their content.
 */
export function convertInline(
  children: PhrasingContent[],
  ctx: ConvertContext,
  state: InlineState,
): LexicalJson[] {
  const out: LexicalJson[] = []
  let dropping: string | undefined
  for (const child of children) {
    if (child.type !== 'html') {
      if (dropping === undefined) out.push(...convertNode(child, ctx, state))
      continue
    }
    const tag = readHtmlTag(child.value)
    if (tag.kind === 'comment') {
      ctx.warn(child, 'HTML', 'HTML comment dropped')
    } else if (tag.kind === 'other') {
      ctx.warn(child, 'HTML', 'raw HTML dropped')
    } else if (dropping !== undefined) {
      if (tag.closing && tag.name === dropping) dropping = undefined
    } else {
      warnHtml(child, tag.name, ctx)
      const selfClosing = /\/\s*>$/.test(child.value)
      if (isDroppedElement(tag.name) && !tag.closing && !selfClosing) dropping = tag.name
      if (tag.name === 'br') out.push(lineBreakNode())
    }
  }
  return mergeTexts(out)
}
