import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

const IMPORTABLE = /\.(md|markdown|txt)$/i

/** A file to import; `root` is the folder named on the command line that holds it (for images). */
export type CollectedFile = { path: string; explicit: boolean; root: string }

/** Expands files and folders (recursively) into the importable files they hold, sorted. */
export async function collectFiles(
  inputs: readonly string[],
): Promise<{ files: CollectedFile[]; missing: string[] }> {
  const files = new Map<string, CollectedFile>()
  const missing: string[] = []
  async function visit(entry: string, root: string, explicit: boolean): Promise<void> {
    const info = await stat(entry).catch(() => null)
    if (!info) {
      missing.push(entry)
      return
    }
    if (info.isDirectory()) {
      const children = await readdir(entry)
      for (const child of children.sort()) await visit(path.join(entry, child), root, false)
    } else if ((explicit || IMPORTABLE.test(entry)) && !files.has(entry)) {
      files.set(entry, { path: entry, explicit, root: explicit ? path.dirname(entry) : root })
    }
  }
  for (const input of inputs) await visit(input, input, true)
  return { files: [...files.values()], missing }
}
