import path from 'node:path'

import type { Issue } from '@/lib/domain/issues'
import { MAX_UPLOAD_BYTES } from '@/lib/platform/limits'

import { findUploadedFile } from '../findUploadedFile'
import { isWebImage } from '../isWebImage'
import type { ImportedId, ImportTracker } from '../records/syncDocument'
import type { AssetFile } from './readAssetFile'

/**
 * The media document of a publication's thumbnail, uploaded once (a file of the same name and
 * size already in the media library is reused); null, with a warning, when it cannot be used:
 * the PDF job then draws page 1 instead.
 */
export async function uploadThumbnail(
  thumbnail: AssetFile,
  title: string,
  tracker: ImportTracker,
  issue: (message: string) => Issue,
): Promise<ImportedId | null> {
  const name = path.basename(thumbnail.path)
  const refuse = (reason: string) => {
    tracker.warnings.push(issue(`thumbnail "${name}" ${reason}: page 1 of the PDF is shown instead`))
    return null
  }
  if (thumbnail.size > MAX_UPLOAD_BYTES) return refuse('is larger than 20 MB')
  if (!(await isWebImage(thumbnail.path))) return refuse('is not a JPEG, PNG, WebP or AVIF image')
  if (tracker.dryRun) return 'dry-run thumbnail'
  const { payload, req } = tracker
  const existing = await findUploadedFile(payload, thumbnail.path, thumbnail.size, req)
  if (existing !== undefined) return existing
  const media = await payload.create({
    collection: 'media',
    data: { alt: `Cover of ${title}` },
    filePath: thumbnail.path,
    req,
  })
  return media.id
}
