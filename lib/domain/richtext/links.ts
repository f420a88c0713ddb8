/** A Lexical node as stored in JSON: only the parts the link check reads. */
type LexicalNode = {
  type?: unknown
  url?: unknown
  fields?: { url?: unknown; linkType?: unknown }
  children?: unknown
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** True for http(s), mailto, tel, and relative or fragment addresses. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.replace(/[\u0000-\u0020]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]
  return scheme === undefined || SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`)
}

/** The first link URL in a Lexical document whose scheme could run code, if any. */
export function findUnsafeLink(value: unknown): string | undefined {
  const stack: unknown[] = [value && typeof value === 'object' && 'root' in value ? value.root : value]
  while (stack.length > 0) {
    const node = stack.pop() as LexicalNode | null | undefined
    if (!node || typeof node !== 'object') continue
    for (const url of [node.url, node.fields?.url]) {
      if (typeof url === 'string' && !isSafeHref(url)) return url
    }
    if (Array.isArray(node.children)) stack.push(...(node.children as unknown[]))
  }
  return undefined
}
