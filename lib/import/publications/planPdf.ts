import path from 'node:path'

import { publicationsDirectory } from '@/lib/platform/uploadFolders'

import { hashValue } from '../records/hashValue'
import type { FieldMark } from '../records/importRecords'
import type { ImportTracker } from '../records/syncDocument'
import { readAssetFile, type AssetFile } from './readAssetFile'

/** The stored file as the import records it: its name and size (a replacement changes them). */
type StoredFile = { filename?: string | null; filesize?: number | null; legacyFileName?: string | null }

/** The fingerprint of the file a publication holds, for the `file` mark of its import record. */
export function storedFileMark(doc: StoredFile | undefined): string {
  return hashValue(doc?.filename ? { filename: doc.filename, filesize: doc.filesize ?? null } : null)
}

/** True when the publication's stored file is the legacy PDF: the same legacy name and content. */
async function holdsSamePdf(current: StoredFile, pdf: AssetFile, src: string): Promise<boolean> {
  if (!current.filename || current.legacyFileName !== src || current.filesize !== pdf.size) return false
  const stored = path.join(publicationsDirectory(), current.filename)
  const read = await readAssetFile(stored).catch(() => null)
  return read?.hash === pdf.hash
}

/**
 * Whether the import uploads the PDF: always to a new publication; not when the PDF on disk is
 * the one the last import uploaded (an editor's replacement since then wins), nor when the
 * publication already holds it (same legacy name and content: a re-import never uploads a PDF
 * twice). `editorReplaced` is true when the import replaces a file an editor uploaded since.
 */
export async function planPdf(
  tracker: ImportTracker,
  key: string,
  current: StoredFile | undefined,
  pdf: AssetFile,
  src: string,
): Promise<{ upload: boolean; editorReplaced: boolean }> {
  const mark: FieldMark | undefined = tracker.previous?.[key]?.file
  if (!current) return { upload: true, editorReplaced: false }
  if (mark?.written === pdf.hash) return { upload: false, editorReplaced: false }
  if (await holdsSamePdf(current, pdf, src)) return { upload: false, editorReplaced: false }
  return { upload: true, editorReplaced: Boolean(mark && mark.stored !== storedFileMark(current)) }
}
