import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { chmod, lstat, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** Backups hold e-mail addresses and password hashes: only the owner may read them. */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_FOLDER_MODE = 0o700

/** What the manifest records of one file. */
export type FileDigest = { bytes: number; sha256: string }

/** A stream stage that hashes and counts what passes through it. */
function digestStage() {
  const hash = createHash('sha256')
  let bytes = 0
  const stage = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  return { stage, digest: (): FileDigest => ({ bytes, sha256: hash.digest('hex') }) }
}

/** The size and SHA-256 of a file, read once. */
export async function digestFile(file: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file)) {
    if (!(chunk instanceof Buffer)) continue
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** Copies a file (replacing `target`), mode 0600, hashing the bytes as they are written. */
export async function copyPrivateFile(source: string, target: string): Promise<FileDigest> {
  await mkdir(path.dirname(target), { recursive: true, mode: PRIVATE_FOLDER_MODE })
  const { stage, digest } = digestStage()
  await pipeline(createReadStream(source), stage, createWriteStream(target, { mode: PRIVATE_FILE_MODE }))
  // The mode given at creation is narrowed by the umask, never widened: set it explicitly.
  await chmod(target, PRIVATE_FILE_MODE)
  return digest()
}

/**
 * The regular files under `root`, as paths relative to it with `/` separators, sorted; folders
 * in `skip` (absolute) are left out. A missing root has no files.
 */
export async function listFiles(root: string, skip: readonly string[] = []): Promise<string[]> {
  const found: string[] = []
  const walk = async (folder: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch (error) {
      if (folder === root && isNotFound(error)) return
      throw error
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        if (!skip.includes(full)) await walk(full)
      } else if (entry.isFile()) {
        found.push(path.relative(root, full).split(path.sep).join('/'))
      }
    }
  }
  await walk(root)
  return found.sort()
}

/** Size and modification time, to notice a file that changed between two passes. */
export async function fileStamp(file: string): Promise<string | null> {
  try {
    const stats = await lstat(file)
    return `${stats.size}:${stats.mtimeMs}`
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** True for the error of a file or folder that does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
