import type { Code } from 'mdast'

import { type LexicalJson, lineBreakNode, TEXT_FORMAT, textNode } from '@/lib/domain/richtext/build'

import type { ConvertContext } from './context'

/** True for a code block written between ``` or ~~~ fences (deliberate code, not indented text). */
function isFenced(node: Code, ctx: ConvertContext): boolean {
  const start = node.position?.start.offset ?? 0
  return /^[ \t]*(```|~~~)/.test(ctx.source.slice(start, start + 8))
}

/**
 * The lines of a code block as inline nodes. The editor has no code blocks: fenced code keeps
 * its monospace as inline code; text indented by four spaces, which Markdown also reads as
 * code but legacy authors meant as text, becomes plain text. Both are warned about.
 */
export function codeToInline(node: Code, ctx: ConvertContext): LexicalJson[] {
  const fenced = isFenced(node, ctx)
  ctx.warn(
    node,
    'code block',
    fenced
      ? 'a code block is shown as lines of inline code'
      : 'text indented by four spaces is a code block in Markdown: shown as plain text',
  )
  const format = fenced ? TEXT_FORMAT.code : 0
  return node.value
    .split(/\r?\n/)
    .flatMap((line, index) => [
      ...(index > 0 ? [lineBreakNode()] : []),
      ...(line ? [textNode(line, format)] : []),
    ])
}
