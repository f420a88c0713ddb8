import type { Definition, Nodes } from 'mdast'

import type { Issue, IssueKind } from '@/lib/import/legacy/types'

/** What became of an image address: an uploaded media document, or why there is none. */
export type ImageTarget = { mediaId: number | string } | { reason: string }

/** Image addresses as written (`![alt](src)`) and what became of each. */
export type UploadedImages = ReadonlyMap<string, ImageTarget>

/** How a Markdown text is converted. */
export type ConvertOptions = {
  /** File line of the Markdown's first line, so warnings point into the whole file (default 1). */
  firstLine?: number
  /** Images that exist as media documents; every other image becomes a link. */
  images?: UploadedImages
}

/** State shared by the converters of one Markdown text. */
export type ConvertContext = {
  /** The Markdown text itself, for what the tree does not keep (how a code block was written). */
  source: string
  definitions: ReadonlyMap<string, Definition>
  images: UploadedImages
  /** File line of a node's first line. */
  lineOf: (node: Nodes) => number
  /** Records a warning at a node's line; the same warning on the same line is kept once. */
  warn: (node: Nodes, kind: IssueKind, message: string) => void
  /** Gives each upload node a key unique within the document. */
  nextUploadKey: () => string
  warnings: Issue[]
}

/** Definitions (`[ref]: url`) by identifier; the first of two with one identifier wins, as in CommonMark. */
function collectDefinitions(root: Nodes): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    if (node.type === 'definition' && !definitions.has(node.identifier))
      definitions.set(node.identifier, node)
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
  }
  return definitions
}

/** A fresh context for converting `source`, parsed as `root`. */
export function createContext(source: string, root: Nodes, options: ConvertOptions): ConvertContext {
  const firstLine = options.firstLine ?? 1
  const warnings: Issue[] = []
  const seen = new Set<string>()
  let uploads = 0
  const lineOf = (node: Nodes) => firstLine + (node.position?.start.line ?? 1) - 1
  return {
    source,
    definitions: collectDefinitions(root),
    images: options.images ?? new Map(),
    lineOf,
    warnings,
    warn: (node, kind, message) => {
      const line = lineOf(node)
      const key = `${line}\n${message}`
      if (seen.has(key)) return
      seen.add(key)
      warnings.push({ line, message, kind })
    },
    nextUploadKey: () => `upload-${++uploads}`,
  }
}
