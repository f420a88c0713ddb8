import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** The publication files of a legacy site, and the PDFs and thumbnails they may name. */
export type LegacyAssets = {
  /** The site's root: the folder that holds `src/` and `assets/`. */
  root: string
  /** `src/publications/*.md`, `src/countriesChapters/*.md`, `src/tasksChapters/*.md`: absolute paths, sorted. */
  publications: string[]
  countryChapters: string[]
  taskChapters: string[]
  /** Files under `assets/pdfs/` and `assets/images/thumbnails/`, by their path in that folder ('/'-separated). */
  pdfs: Map<string, string>
  thumbnails: Map<string, string>
}

async function isDirectory(folder: string): Promise<boolean> {
  return (await stat(folder).catch(() => null))?.isDirectory() ?? false
}

/**
 * The root of the legacy site a folder given to the importer belongs to: the folder itself when
 * it holds `src/`, its parent when it is that `src/`; null otherwise.
 */
export async function findLegacySiteRoot(input: string): Promise<string | null> {
  const folder = path.resolve(input)
  if (await isDirectory(path.join(folder, 'src'))) return folder
  if (path.basename(folder) === 'src' && (await isDirectory(folder))) return path.dirname(folder)
  return null
}

/** The Markdown files directly in a folder, sorted; none when it is missing. */
async function markdownIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => path.join(folder, entry.name))
    .sort()
}

/** Every file under a folder, by its path in it; names are NFC, as front matter writes them. */
async function filesUnder(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => [])
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file): [string, string] => [
      path.relative(folder, file).split(path.sep).join('/').normalize('NFC'),
      file,
    ])
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * Finds a legacy site's publication and chapter files and its PDFs and thumbnails, given its
 * root or its `src/` folder. Looks only in `src/` and `assets/`, never in `_site/` (the old
 * build) or `node_modules/`. Null when the folder is not a legacy site.
 */
export async function findLegacyAssets(input: string): Promise<LegacyAssets | null> {
  const root = await findLegacySiteRoot(input)
  if (!root) return null
  const src = path.join(root, 'src')
  return {
    root,
    publications: await markdownIn(path.join(src, 'publications')),
    countryChapters: await markdownIn(path.join(src, 'countriesChapters')),
    taskChapters: await markdownIn(path.join(src, 'tasksChapters')),
    pdfs: await filesUnder(path.join(root, 'assets', 'pdfs')),
    thumbnails: await filesUnder(path.join(root, 'assets', 'images', 'thumbnails')),
  }
}

/**
 * The file a front matter name (`src`, `thumbnailSrc`) refers to, or null when there is none.
 * Names are compared in Unicode's composed form: a disk may store "Å" as "A" plus a ring.
 */
export function findAsset(files: ReadonlyMap<string, string>, name: string): string | null {
  return files.get(name.normalize('NFC')) ?? null
}
