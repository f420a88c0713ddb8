// Commands started without a terminal (a service manager, CI, a pipe) never wait for an
// answer: where Payload would ask a question, they stop within seconds, saying what to do.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload } from './helpers/payload'

const LIMIT_MS = 10_000
const STACK_LINE = /^\s{4}at /m
const isSqlite = (process.env.DATABASE_URI ?? '').startsWith('file:')

type Run = { code: number | null; output: string; ms: number }

/** Runs `npm run <script>` with stdin open and never written, as a service would, on `databaseUri`. */
function runNpm(args: string[], databaseUri: string): Promise<Run> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], {
      env: { ...process.env, DATABASE_URI: databaseUri, NODE_ENV: 'test', REVALIDATE_SECRET: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // Twice the limit, so that a hang fails the test instead of stalling the suite.
    const timer = setTimeout(
      () => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'),
      2 * LIMIT_MS,
    )
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output, ms: Date.now() - started })
    })
  })
}

/** What an older development server left in a database whose schema it pushed. */
async function markAsSchemaPushed(databaseUri: string): Promise<void> {
  const client = createClient({ url: databaseUri })
  await client.execute("INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)")
  client.close()
}

describe.runIf(isSqlite)('without a terminal', () => {
  // This test file's own database: migrated by booting Payload, then marked as pushed.
  const pushed = process.env.DATABASE_URI ?? ''

  beforeAll(async () => {
    const payload = await bootPayload()
    await shutdownPayload(payload)
    await markAsSchemaPushed(pushed)
  })

  it.each([
    ['npm run seed', ['seed']],
    ['npm run migrate', ['migrate']],
  ])(
    '%s on a database an older dev server pushed stops with one line saying what to do',
    async (_name, args) => {
      const run = await runNpm(args, pushed)
      expect(run.code, run.output).toBe(1)
      expect(run.ms).toBeLessThan(LIMIT_MS)
      expect(run.output).toMatch(/earlier version.*migrations cannot be applied to it/)
      expect(run.output).toContain('npm run migrate:fresh')
      expect(run.output).toContain(`rm ${pushed.slice('file:'.length)}*`)
      expect(run.output).not.toMatch(/\(y\/N\)/)
      expect(run.output).not.toMatch(STACK_LINE)
    },
    3 * LIMIT_MS,
  )

  it(
    'npm run migrate:fresh, which asks before it empties the database, says how to confirm ahead',
    async () => {
      const run = await runNpm(['migrate:fresh'], pushed)
      expect(run.code, run.output).toBe(1)
      expect(run.ms).toBeLessThan(LIMIT_MS)
      expect(run.output).toContain('npm run migrate:fresh -- --force-accept-warning')
    },
    3 * LIMIT_MS,
  )

  it('any other question Payload would ask stops the command with the question', async () => {
    const ask =
      "import('prompts').then((p) => p.default({ type: 'confirm', name: 'ok', message: 'Proceed?' }))"
    const run = await new Promise<Run>((resolve, reject) => {
      const started = Date.now()
      const child = spawn(process.execPath, ['--import=./scripts/cli-preload.mjs', '-e', ask], {
        env: {
          ...process.env,
          DATABASE_URI: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'evcp-')), 'x.db')}`,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      let output = ''
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 2 * LIMIT_MS)
      child.on('error', reject)
      child.on('close', (code) => {
        clearTimeout(timer)
        resolve({ code, output, ms: Date.now() - started })
      })
    })
    expect(run.code, run.output).toBe(1)
    expect(run.ms).toBeLessThan(LIMIT_MS)
    expect(run.output).toContain('needs an answer but has no terminal to ask: "Proceed?"')
  })
})
