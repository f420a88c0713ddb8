import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

/** Escapes a file name for use inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The id of a media document that is this file uploaded before: the same name (or the name Payload
 * gave it when another file had taken it, `fig-1.png`) and the same size. This keeps re-imports
 * from uploading the same image again.
 */
export async function findUploadedFile(
  payload: Payload,
  file: string,
  size: number,
  req: PayloadRequest,
): Promise<number | string | undefined> {
  const extension = path.extname(file)
  const stem = path.basename(file, extension)
  const { docs } = await payload.find({
    collection: 'media',
    where: { filesize: { equals: size } },
    select: { filename: true },
    depth: 0,
    pagination: false,
    req,
  })
  const sameName = new RegExp(`^${escape(stem)}(-\\d+)?${escape(extension)}$`, 'i')
  return docs.find((doc) => typeof doc.filename === 'string' && sameName.test(doc.filename))?.id
}
