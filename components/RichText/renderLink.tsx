import type { ReactNode } from 'react'

import { isSafeHref } from '@/lib/domain/richtext/links'
import { isNode, type LexicalNode } from '@/lib/domain/richtext/nodes'

/** The URL of a link node: Payload keeps it in `fields.url`, plain Lexical in `url`. */
function hrefOf(node: LexicalNode): string | undefined {
  const url = isNode(node.fields) && 'url' in node.fields ? node.fields.url : node.url
  return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined
}

/** The tooltip a Markdown link may carry (`[text](url "tooltip")`). */
function titleOf(node: LexicalNode): string | undefined {
  const title = isNode(node.fields) && 'title' in node.fields ? node.fields.title : undefined
  return typeof title === 'string' && title.trim() !== '' ? title : undefined
}

function opensInNewTab(node: LexicalNode): boolean {
  return isNode(node.fields) && 'newTab' in node.fields && node.fields.newTab === true
}

/**
 * A link, or just its text when the address is missing or could run code (`javascript:`, `data:`):
 * bodies are validated on save, but imports and old data are not trusted.
 */
export function renderLink(node: LexicalNode, children: ReactNode[]): ReactNode {
  const href = hrefOf(node)
  if (href === undefined || !isSafeHref(href)) return <>{children}</>
  const isExternal = /^(https?:)?\/\//i.test(href)
  const title = titleOf(node)
  return (
    <a
      href={href}
      className="text-brand-700 underline hover:text-brand-900"
      {...(isExternal ? { rel: 'noopener noreferrer' } : {})}
      {...(opensInNewTab(node) ? { target: '_blank' } : {})}
      {...(title ? { title } : {})}
    >
      {children}
    </a>
  )
}
