import { execFile } from 'node:child_process'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, it } from 'vitest'

const run = promisify(execFile)
const MIGRATIONS = path.resolve('migrations')

/**
 * Production SQLite applies only the committed migrations, so a schema change without a
 * new migration would break `npm start`. Asking Payload to create a migration must find
 * nothing to do.
 */
it('the committed SQLite migrations match the collections', async () => {
  if (process.env.DATABASE_URI?.startsWith('mongodb')) return
  const before = new Set(await readdir(MIGRATIONS))
  const index = await readFile(path.join(MIGRATIONS, 'index.ts'), 'utf8')
  try {
    await run('npx', ['payload', 'migrate:create', 'schema-check', '--skip-empty'], {
      env: { ...process.env, NODE_OPTIONS: '--conditions=production' },
      timeout: 90_000,
    })
  } finally {
    const added = (await readdir(MIGRATIONS)).filter((file) => !before.has(file))
    await Promise.all(added.map((file) => rm(path.join(MIGRATIONS, file))))
    await writeFile(path.join(MIGRATIONS, 'index.ts'), index)
    expect(added, 'a schema change needs `npm run migrate:create -- <name>`').toEqual([])
  }
}, 120_000)
