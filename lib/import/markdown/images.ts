import type { Image, ImageReference } from 'mdast'

import { type LexicalJson, linkNode, textNode, uploadNode } from '@/lib/domain/richtext/build'
import { isSafeHref } from '@/lib/domain/richtext/links'

import type { ConvertContext } from './context'
import type { InlineState } from './inline'

const DEFAULT_IMAGE_REASON = 'it is not a file next to this page'

/** An address as a warning shows it: long ones shortened. */
export function shown(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}...` : url
}

/**
 * An image: an upload node when its file was uploaded and the image stands where a block may,
 * otherwise a link to it with its alt text (or just the text, for an unsafe address or inside a
 * link), with a warning that says why.
 */
export function toImage(
  node: Image | ImageReference,
  src: string,
  alt: string,
  ctx: ConvertContext,
  state: InlineState,
): LexicalJson[] {
  const target = ctx.images.get(src)
  if (target && 'mediaId' in target && state.uploadsAllowed && !state.inLink) {
    return [uploadNode(target.mediaId, ctx.nextUploadKey())]
  }
  const label = alt.trim() || src
  const reason =
    target && 'mediaId' in target
      ? 'an image inside a list, quote, table, heading or link cannot be shown there'
      : (target?.reason ?? DEFAULT_IMAGE_REASON)
  if (state.inLink || !isSafeHref(src) || src.trim() === '') {
    ctx.warn(node, 'image', `image "${shown(src)}" is shown as its alt text: ${reason}`)
    return [textNode(label, state.format)]
  }
  ctx.warn(node, 'image', `image "${shown(src)}" is shown as a link: ${reason}`)
  return [linkNode(src, [textNode(label, state.format)])]
}
