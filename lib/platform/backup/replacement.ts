import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { PRIVATE_FOLDER_MODE } from './files'

type Step = () => Promise<void>

/**
 * Replaces files and folder contents by renames within their own folder (so a mount point for
 * the media folder works), keeping what it replaced until `commit`: `rollback` puts everything
 * back as it was, so a restore that fails half-way changes nothing.
 */
export function createReplacement() {
  const tag = `${process.pid}-${Date.now().toString(36)}`
  const undo: Step[] = []
  const cleanup: Step[] = []

  const move = async (from: string, to: string) => {
    await rename(from, to)
    undo.push(() => rename(to, from))
  }

  return {
    /** A staging file beside `target` (same folder, so a rename moves it into place). */
    stagingFileFor: (target: string) => `${target}.restore-${tag}`,
    /** A staging folder inside `folder`, whose entries a rename moves into place. */
    stagingFolderIn: (folder: string) => path.join(folder, `.restore-${tag}`),

    /** A file the restore created: a rollback deletes it. */
    track(file: string): void {
      undo.push(() => rm(file, { force: true }))
    },

    /** Creates a folder (and its parents); a rollback removes whatever it created. */
    async makeFolder(folder: string): Promise<void> {
      const created = await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
      if (created) undo.push(() => rm(created, { recursive: true, force: true }))
    },

    /** Puts `staged` in place of `target`, setting aside `target` and its `companions` (e.g. -wal). */
    async replaceFile(target: string, staged: string, companions: readonly string[] = []): Promise<void> {
      for (const file of [target, ...companions]) {
        if (!existsSync(file)) continue
        await move(file, `${file}.replaced-${tag}`)
        cleanup.push(() => rm(`${file}.replaced-${tag}`, { force: true }))
      }
      await move(staged, target)
    },

    /**
     * Makes `folder` hold exactly the entries of `staged` (a folder inside it), leaving alone the
     * top-level entries named in `keep` (folders restored on their own).
     */
    async replaceFolderContents(folder: string, staged: string, keep: readonly string[] = []): Promise<void> {
      const aside = path.join(folder, `.replaced-${tag}`)
      const ours = new Set([path.basename(staged), path.basename(aside), ...keep])
      const existing = (await readdir(folder)).filter((name) => !ours.has(name))
      if (existing.length > 0) {
        await mkdir(aside, { mode: PRIVATE_FOLDER_MODE })
        undo.push(() => rm(aside, { recursive: true, force: true }))
        cleanup.push(() => rm(aside, { recursive: true, force: true }))
        for (const name of existing) await move(path.join(folder, name), path.join(aside, name))
      }
      for (const name of await readdir(staged)) await move(path.join(staged, name), path.join(folder, name))
      cleanup.push(() => rm(staged, { recursive: true, force: true }))
    },

    /** Deletes what was set aside. */
    async commit(): Promise<void> {
      for (const step of cleanup.splice(0)) await step()
      undo.length = 0
    },

    /** Puts back everything in reverse order. */
    async rollback(): Promise<void> {
      for (const step of undo.splice(0).reverse()) await step()
      cleanup.length = 0
    },
  }
}

/** The replacement of one restore. */
export type Replacement = ReturnType<typeof createReplacement>
