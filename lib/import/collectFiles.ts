import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

const IMPORTABLE = /\.(md|markdown|txt)$/i

/** Folders never read: the old site's build output and installed packages hold copies. */
const IGNORED_FOLDERS = new Set(['_site', 'node_modules'])

/** A file to import; `root` is the folder named on the command line that holds it (for images). */
export type CollectedFile = { path: string; explicit: boolean; root: string }

/**
 * Expands files and folders (recursively) into the importable files they hold, sorted. A legacy
 * site's root (a folder holding `src/`) is read in its `src/` only; `_site/` and `node_modules/`
 * are never read.
 */
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
      if (!explicit && IGNORED_FOLDERS.has(path.basename(entry))) return
      const children = await readdir(entry)
      for (const child of children.sort()) await visit(path.join(entry, child), root, false)
    } else if ((explicit || IMPORTABLE.test(entry)) && !files.has(entry)) {
      files.set(entry, { path: entry, explicit, root: explicit ? path.dirname(entry) : root })
    }
  }
  for (const input of inputs) {
    const src = path.join(input, 'src')
    const isSiteRoot = (await stat(src).catch(() => null))?.isDirectory() ?? false
    await (isSiteRoot ? visit(src, input, false) : visit(input, input, true))
  }
  return { files: [...files.values()], missing }
}
