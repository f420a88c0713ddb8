import { Fragment, type ReactNode } from 'react'

import { childrenOf, type LexicalNode } from '@/lib/domain/richtext/nodes'

import { renderHeading } from './renderHeading'
import { renderLink } from './renderLink'
import { renderList } from './renderList'
import { renderTable } from './renderTable'
import { renderText } from './renderText'
import { renderUpload } from './renderUpload'
import type { RenderContext } from './types'

/** One node and its descendants; unknown node types show their children, or nothing. */
function renderNode(node: LexicalNode, ctx: RenderContext): ReactNode {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return <br />
    case 'tab':
      return '\t'
    case 'paragraph': {
      const children = ctx.renderChildren(node)
      // Editors leave empty paragraphs as spacing; margins already do that job.
      return children.length > 0 ? <p className="my-4 leading-relaxed">{children}</p> : null
    }
    case 'heading': {
      const heading = ctx.headings.get(node)
      return heading ? renderHeading(heading, ctx.renderChildren(node)) : null
    }
    case 'list':
      return renderList(node, ctx)
    case 'quote':
      return (
        <blockquote className="my-4 border-l-4 border-slate-300 pl-4 text-slate-700 italic">
          {ctx.renderChildren(node)}
        </blockquote>
      )
    case 'link':
    case 'autolink':
      return renderLink(node, ctx.renderChildren(node))
    case 'horizontalrule':
      return <hr className="my-8 border-slate-200" />
    case 'table':
      return renderTable(node, ctx)
    case 'upload':
      return renderUpload(node)
    default:
      return <>{ctx.renderChildren(node)}</>
  }
}

/** A context whose `renderChildren` renders each child with a stable key. */
export function createRenderContext(headings: RenderContext['headings']): RenderContext {
  const ctx: RenderContext = {
    headings,
    renderChildren: (node) =>
      childrenOf(node).map((child, i) => <Fragment key={i}>{renderNode(child, ctx)}</Fragment>),
  }
  return ctx
}
