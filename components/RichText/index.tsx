import { assignHeadingIds } from '@/lib/domain/richtext/headings'
import { rootOf } from '@/lib/domain/richtext/nodes'

import { createRenderContext } from './renderNodes'

type Props = {
  /** A Lexical rich-text value (`{ root }`) as stored by Payload; anything else renders nothing. */
  data: unknown
  className?: string
}

/**
 * Renders a Lexical body on the server as plain HTML elements: text is React text (escaped),
 * unsafe links lose their link, headings carry the ids `extractHeadings` gives the table of contents.
 */
export function RichText({ data, className }: Props) {
  const root = rootOf(data)
  if (!root) return null
  const ctx = createRenderContext(assignHeadingIds(data))
  return <div className={className}>{ctx.renderChildren(root)}</div>
}
