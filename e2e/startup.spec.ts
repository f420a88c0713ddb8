// An operator's first steps on a fresh SQLite file: `npm run seed`, then `npm start`. The
// server must come up with the seeded site, and never stop at a question (no terminal is
// attached here: stdin is an open pipe nobody writes to, as under a service manager).
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

const START_LIMIT_MS = 60_000

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

test('npm run seed, then npm start on the same fresh SQLite file, serves the seeded site within 60 s', async () => {
  test.setTimeout(3 * START_LIMIT_MS)
  // A missing build fails this test rather than skipping it: a skip reads as a pass.
  expect(
    existsSync('.next/BUILD_ID'),
    'no production build (.next/BUILD_ID): run `npm run build` first (npm run test:e2e does)',
  ).toBe(true)
  const dir = mkdtempSync(path.join(tmpdir(), 'evcp-startup-'))
  const port = await freePort()
  // What an operator sets: a file, a secret, the address. NODE_ENV is left to each command.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_URL: `http://localhost:${port}`,
    REVALIDATE_SECRET: '',
  }
  Reflect.deleteProperty(env, 'NODE_ENV')

  const seed = spawnSync('npm', ['run', 'seed'], { env, encoding: 'utf8', timeout: START_LIMIT_MS })
  expect(seed.status, seed.stdout + seed.stderr).toBe(0)
  expect(seed.stdout).toContain('Seed: added 41 tasks, 1 country')

  const server = spawn('npm', ['start', '--', '-p', String(port)], { env, stdio: 'pipe', detached: true })
  let output = ''
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => server.on('close', resolve))
  try {
    const startedAt = Date.now()
    await expect
      .poll(
        async () => {
          const response = await fetch(`http://localhost:${port}/countries/belgium`).catch(() => null)
          return response?.status ?? 'not listening'
        },
        { timeout: START_LIMIT_MS, intervals: [500], message: `the server did not come up:\n${output}` },
      )
      .toBe(200)
    expect(Date.now() - startedAt).toBeLessThan(START_LIMIT_MS)
    expect(output).not.toMatch(/\(y\/N\)|proceed\?/i)
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM')
    await exited
  }
})
