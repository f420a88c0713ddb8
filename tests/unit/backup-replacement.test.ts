import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { createReplacement } from '@/lib/platform/backup/replacement'

/** Every file under `root` with its content. */
function contents(root: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    found[path.relative(root, full)] = readFileSync(full, 'utf8')
  }
  return found
}

/** A site folder with a database, its WAL, and media (one folder kept apart as a nested root). */
function site() {
  const root = mkdtempSync(path.join(tmpdir(), 'evcp-replace-'))
  mkdirSync(path.join(root, 'media', 'nested'), { recursive: true })
  writeFileSync(path.join(root, 'site.db'), 'old db')
  writeFileSync(path.join(root, 'site.db-wal'), 'old wal')
  writeFileSync(path.join(root, 'media', 'old.png'), 'old image')
  writeFileSync(path.join(root, 'media', 'nested', 'kept.pdf'), 'nested')
  return root
}

async function stage(root: string, replacement: ReturnType<typeof createReplacement>) {
  const database = path.join(root, 'site.db')
  const stagedDatabase = replacement.stagingFileFor(database)
  writeFileSync(stagedDatabase, 'new db')
  replacement.track(stagedDatabase)
  const media = path.join(root, 'media')
  const staging = replacement.stagingFolderIn(media)
  await replacement.makeFolder(staging)
  writeFileSync(path.join(staging, 'new.png'), 'new image')
  await replacement.replaceFile(database, stagedDatabase, [`${database}-wal`])
  await replacement.replaceFolderContents(media, staging, ['nested'])
}

describe('createReplacement', () => {
  it('after commit, holds exactly the new files and nothing set aside', async () => {
    const root = site()
    const replacement = createReplacement()
    await stage(root, replacement)
    await replacement.commit()
    expect(contents(root)).toEqual({
      'site.db': 'new db',
      'media/new.png': 'new image',
      'media/nested/kept.pdf': 'nested',
    })
  })

  it('after rollback, holds exactly what it held before', async () => {
    const root = site()
    const before = contents(root)
    const replacement = createReplacement()
    await stage(root, replacement)
    await replacement.rollback()
    expect(contents(root)).toEqual(before)
    expect(readdirSync(path.join(root, 'media')).sort()).toEqual(['nested', 'old.png'])
  })
})
