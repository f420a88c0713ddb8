import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'

/** A file a legacy publication names, as the import compares it: its size and content fingerprint. */
export type AssetFile = { path: string; size: number; hash: string }

/** `/CreationDate (D:2021…` in a PDF's information dictionary, or `<xmp:CreateDate>2021-…` in its metadata. */
const CREATION_YEAR = /\/CreationDate\s*\(D:(\d{4})|<xmp:CreateDate>\s*(\d{4})/

/**
 * Reads a file once, streamed (an annual report may be 100 MB): its SHA-256 and, when `findYear`,
 * the year of the first creation date found in its uncompressed parts (a PDF's own record of
 * when it was made; null when there is none).
 */
export async function readAssetFile(
  path: string,
  findYear = false,
): Promise<AssetFile & { creationYear: number | null }> {
  const { size } = await stat(path)
  const hash = createHash('sha256')
  let creationYear: number | null = null
  let tail = ''
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk instanceof Buffer ? chunk : Buffer.from(chunk)
    hash.update(bytes)
    if (!findYear || creationYear !== null) continue
    const text = tail + bytes.toString('latin1')
    const match = CREATION_YEAR.exec(text)
    const year = Number(match?.[1] ?? match?.[2])
    if (match && year >= 1990 && year <= 2099) creationYear = year
    // A match may straddle two chunks.
    tail = text.slice(-64)
  }
  return { path, size, hash: hash.digest('hex').slice(0, 32), creationYear }
}
