// The restore drill: a backup of a running site taken while saves go on, restored into a
// fresh path, and a site started on it that holds every document and file and renders every page.
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { MANIFEST_FILE, parseManifest } from '@/lib/platform/backup/manifest'
import { runCommand } from '@/scripts/topology/processes'
import { createSecrets, siteEnv, startInstance } from '@/scripts/topology/site'
import { buildPdf, buildPng } from '@/tests/int/helpers/files'

import { countDocuments, logIn, publicPages, sha256Of, startSaveStream, uploadMedia } from './drill'
import {
  createTopologySite,
  findBelgium2018,
  signInAdmin,
  TOPOLOGY_ADMIN,
  topologyPort,
  type TopologySite,
} from './site'

const LIVE_PORT = topologyPort(20)
const RESTORED_PORT = topologyPort(21)
const LIVE = `http://127.0.0.1:${LIVE_PORT}`
const RESTORED = `http://127.0.0.1:${RESTORED_PORT}`
const BACKUP_DIR = path.resolve('data/topology/backup-drill.backup')
const RESTORED_DIR = path.join('data', 'topology', 'backup-drill-restored')

let site: TopologySite | undefined

test.describe.configure({ timeout: 420_000 })

test.afterAll(async () => {
  await site?.stop()
})

test('a backup taken while saves go on restores into a fresh site: every document, file and page', async () => {
  site = await createTopologySite('backup-drill', { siteUrl: LIVE })
  site.servers.push(await startInstance(site.env, LIVE_PORT, site.dataDir))
  const token = await signInAdmin(LIVE)
  const uploaded = [
    await uploadMedia(LIVE, token, { name: 'drill-map.png', type: 'image/png', data: buildPng() }),
    await uploadMedia(LIVE, token, { name: 'drill-report.pdf', type: 'application/pdf', data: buildPdf() }),
  ]

  // A few saves first, then the backup while the saves go on.
  const stream = startSaveStream(LIVE, token, await findBelgium2018(LIVE))
  await expect.poll(() => stream.saves.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3)
  const beforeBackup = [...stream.saves]
  const backupStartedAt = Date.now()
  rmSync(BACKUP_DIR, { recursive: true, force: true })
  try {
    await runCommand('npm', ['run', 'backup', '--', BACKUP_DIR], { env: site.env })
  } finally {
    stream.stop()
  }
  const saves = await stream.done
  expect(saves.some((save) => save.completedAt > backupStartedAt)).toBe(true)
  const manifest = parseManifest(readFileSync(path.join(BACKUP_DIR, MANIFEST_FILE), 'utf8'))

  // Restore into a fresh path and start the site on it.
  rmSync(RESTORED_DIR, { recursive: true, force: true })
  const restoredEnv = siteEnv({ dataDir: RESTORED_DIR, siteUrl: RESTORED }, createSecrets())
  const restore = await runCommand('npm', ['run', 'restore', '--', BACKUP_DIR], { env: restoredEnv })
  expect(restore.stdout).toMatch(/search index rebuilt: \d+ published documents/)
  site.servers.push(await startInstance(restoredEnv, RESTORED_PORT, RESTORED_DIR))

  // Every document: the counts of the manifest, the accounts (their password hashes work), the saves.
  const restoredToken = await logIn(RESTORED, TOPOLOGY_ADMIN)
  for (const [collection, count] of Object.entries(manifest.documents))
    expect(await countDocuments(RESTORED, restoredToken, collection), collection).toBe(count)
  for (const save of beforeBackup) {
    const response = await fetch(`${RESTORED}/api/contacts/${save.contactId}`, {
      headers: { Authorization: `JWT ${restoredToken}` },
    })
    expect(response.status, `contact ${save.contactId}, saved before the backup`).toBe(200)
  }
  const restoredBev = (await findBelgium2018(RESTORED)).bev
  expect(restoredBev).toBeGreaterThanOrEqual(beforeBackup.at(-1)?.bev ?? Infinity)
  expect(saves.map((save) => save.bev)).toContain(restoredBev)

  // Every file, byte for byte as the manifest says.
  const media = manifest.files.filter((file) => file.path.startsWith('uploads/media/'))
  expect(media.map((file) => path.basename(file.path)).sort()).toEqual([...uploaded].sort())
  for (const file of media)
    expect(await sha256Of(`${RESTORED}/api/media/file/${path.basename(file.path)}`), file.path).toBe(
      file.sha256,
    )

  // Every public page renders.
  for (const page of await publicPages(RESTORED)) {
    const response = await fetch(`${RESTORED}${page}`)
    expect(response.status, page).toBe(200)
  }
})
