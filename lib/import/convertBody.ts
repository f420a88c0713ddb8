import type { Payload, PayloadRequest } from 'payload'

import type { Issue } from '@/lib/import/legacy/types'
import type { RichTextValue } from '@/lib/domain/richtext/build'
import { markdownToLexical } from '@/lib/import/markdown'

import { uploadImages } from './uploadImages'

/** Where a body comes from and how it is written. */
export type BodyOptions = {
  payload: Payload
  req: PayloadRequest
  dryRun: boolean
  file: string
  /** The folder being imported. */
  root: string
}

/**
 * A page's Markdown body as rich text: its images are uploaded first (within the file's
 * transaction), then the text is converted. Warnings point at lines of the whole file.
 */
export async function convertBody(
  markdown: string,
  firstLine: number,
  options: BodyOptions,
): Promise<{ value: RichTextValue; warnings: Issue[] }> {
  const uploaded = await uploadImages(markdown, { ...options, firstLine })
  const { value, warnings } = markdownToLexical(markdown, { firstLine, images: uploaded.images })
  return { value, warnings: [...uploaded.warnings, ...warnings].sort((a, b) => a.line - b.line) }
}
