import type { ReactNode } from 'react'

import type { Heading } from '@/lib/domain/richtext/headings'
import type { LexicalNode } from '@/lib/domain/richtext/nodes'

/** What node renderers share: the heading ids of the whole body and a way to render children. */
export type RenderContext = {
  headings: Map<LexicalNode, Heading>
  renderChildren: (node: LexicalNode) => ReactNode[]
}
