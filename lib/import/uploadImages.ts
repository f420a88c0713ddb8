import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import type { Issue } from '@/lib/import/legacy/types'
import { MAX_UPLOAD_BYTES } from '@/lib/platform/limits'
import { type ImageSource, type ImageTarget, listImageSources } from '@/lib/import/markdown'

import { findUploadedFile } from './findUploadedFile'
import { isWebImage } from './isWebImage'

type Options = {
  payload: Payload
  req: PayloadRequest
  dryRun: boolean
  /** The Markdown file the images belong to. */
  file: string
  /** The folder being imported: site paths (`/img/a.png`) are looked up in it. */
  root: string
  firstLine: number
}

/** True when `file` lies inside `folder` (no `..` escape). */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** The local file an image address names, or why it names none the import may upload. */
async function locate(
  src: string,
  options: Options,
): Promise<{ file: string; size: number } | { reason: string }> {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) return { reason: 'it is on another site' }
  let relative: string
  try {
    relative = decodeURI(src.replace(/[?#].*$/, ''))
  } catch {
    return { reason: 'its address is not a valid file path' }
  }
  const folder = relative.startsWith('/') ? options.root : path.dirname(options.file)
  const file = path.resolve(folder, relative.replace(/^\/+/, ''))
  if (!isInside(file, options.root) && !isInside(file, path.dirname(options.file))) {
    return { reason: 'it lies outside the folder being imported' }
  }
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return { reason: 'it is not a file next to this page' }
  if (info.size > MAX_UPLOAD_BYTES) return { reason: 'the file is larger than 20 MB' }
  if (!(await isWebImage(file))) return { reason: 'only JPEG, PNG, WebP and AVIF images are uploaded' }
  return { file, size: info.size }
}

/** The media document for one image, uploading the file unless the same file is there already. */
async function upload(image: ImageSource, options: Options, warnings: Issue[]): Promise<ImageTarget> {
  const found = await locate(image.src, options)
  if ('reason' in found) return found
  if (options.dryRun) return { mediaId: 'dry-run' }
  const existing = await findUploadedFile(options.payload, found.file, found.size, options.req)
  if (existing !== undefined) return { mediaId: existing }
  const alt = image.alt.trim() || path.basename(found.file).replace(/\.[a-z]+$/i, '')
  if (!image.alt.trim()) {
    const message = `image "${image.src}" has no alt text: its file name is used until an editor writes one`
    warnings.push({ line: image.line, message, kind: 'image' })
  }
  const media = await options.payload.create({
    collection: 'media',
    data: { alt },
    filePath: found.file,
    req: options.req,
  })
  return { mediaId: media.id }
}

/**
 * Uploads the images of a Markdown text that are files next to it (or, for site paths, in the
 * imported folder) as media documents, and says for every other image why it stays a link.
 */
export async function uploadImages(
  markdown: string,
  options: Options,
): Promise<{ images: Map<string, ImageTarget>; warnings: Issue[] }> {
  const images = new Map<string, ImageTarget>()
  const warnings: Issue[] = []
  for (const image of listImageSources(markdown, { firstLine: options.firstLine })) {
    images.set(image.src, await upload(image, options, warnings))
  }
  return { images, warnings }
}
