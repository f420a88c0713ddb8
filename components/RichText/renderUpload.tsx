import Image from 'next/image'
import type { ReactNode } from 'react'

import { isSafeHref } from '@/lib/domain/richtext/links'
import { isNode, type LexicalNode } from '@/lib/domain/richtext/nodes'

type MediaFields = {
  url?: unknown
  alt?: unknown
  mimeType?: unknown
  width?: unknown
  height?: unknown
  filename?: unknown
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined
const size = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined

/**
 * An uploaded image, or a link to an uploaded PDF. Shows nothing when the media document was not
 * populated (only its id is known) or is gone, rather than a broken image.
 */
export function renderUpload(node: LexicalNode): ReactNode {
  if (!isNode(node.value)) return null
  const media = node.value as MediaFields
  const url = text(media.url)
  if (!url || !isSafeHref(url)) return null
  const width = size(media.width)
  const height = size(media.height)
  if (text(media.mimeType)?.startsWith('image/') && width && height) {
    return (
      <figure className="my-6">
        {/* Media files are already sized for the web by whoever uploaded them. */}
        <Image
          src={url}
          alt={text(media.alt) ?? ''}
          width={width}
          height={height}
          unoptimized
          className="h-auto max-w-full"
        />
      </figure>
    )
  }
  return (
    <p className="my-4">
      <a href={url} className="text-brand-700 underline hover:text-brand-900">
        {text(media.filename) ?? 'Download the file'}
      </a>
    </p>
  )
}
