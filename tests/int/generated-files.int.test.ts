import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'

import { expect, it } from 'vitest'

const run = promisify(execFile)

/** Runs a Payload generator and returns the file it (re)writes, leaving the committed file in place. */
async function regenerate(command: string, file: string): Promise<{ committed: string; generated: string }> {
  const committed = await readFile(file, 'utf8')
  try {
    await run('npx', ['payload', command], {
      env: { ...process.env, NODE_OPTIONS: '--conditions=production' },
      timeout: 90_000,
    })
    return { committed, generated: await readFile(file, 'utf8') }
  } finally {
    await writeFile(file, committed)
  }
}

it('payload-types.ts is in sync with the collections', async () => {
  const { committed, generated } = await regenerate('generate:types', 'payload-types.ts')
  expect(committed, 'run `npm run generate:types` and commit payload-types.ts').toBe(generated)
}, 120_000)

it("the admin's import map is in sync with the config", async () => {
  const { committed, generated } = await regenerate('generate:importmap', 'app/(payload)/admin/importMap.js')
  expect(committed, 'run `npm run generate:importmap` and commit the import map').toBe(generated)
}, 120_000)
