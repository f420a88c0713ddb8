import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

const IMPORTABLE = /\.(md|markdown|txt)$/i

/** Expands files and folders (recursively) into the importable files they hold, sorted. */
export async function collectFiles(
  inputs: readonly string[],
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = []
  const missing: string[] = []
  async function visit(entry: string, explicit: boolean): Promise<void> {
    const info = await stat(entry).catch(() => null)
    if (!info) {
      missing.push(entry)
      return
    }
    if (info.isDirectory()) {
      const children = await readdir(entry)
      for (const child of children.sort()) await visit(path.join(entry, child), false)
    } else if (explicit || IMPORTABLE.test(entry)) {
      files.push(entry)
    }
  }
  for (const input of inputs) await visit(input, true)
  return { files: [...new Set(files)], missing }
}
