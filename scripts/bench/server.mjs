// Lifecycle of the server under test: build into .next-bench, a fresh seeded SQLite database
// under data/bench/, the production server (scripts/start-server.mjs) in its own process group, and a clean stop. The soak test
// (scripts/soak/) reuses it with folders of its own, passed as optional last arguments.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

/** Everything a bench run writes (database, media, server log) lives here. */
export const BENCH_DATA_DIR = 'data/bench'
// A build folder of its own, so the bench never touches the `.next` the tests use.
export const BENCH_DIST_DIR = '.next-bench'

/** Folders of one kind of run: its data (database, media, server log) and its build. */
export const BENCH_DIRS = { dataDir: BENCH_DATA_DIR, distDir: BENCH_DIST_DIR }

/**
 * Environment of the server and of the scripts writing to its database (production mode).
 * The database is named after the data folder (data/bench/bench.db).
 * @param {number} port @param {typeof BENCH_DIRS} [dirs]
 */
export function benchEnv(port, { dataDir, distDir } = BENCH_DIRS) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    DATABASE_URI: `file:./${dataDir}/${path.basename(dataDir)}.db`,
    MEDIA_DIR: `${dataDir}/media`,
    SITE_URL: `http://127.0.0.1:${port}`,
    // Background revalidation inside the server calls itself on PORT.
    PORT: String(port),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
  }
}

/**
 * Runs a command to completion with inherited output; resolves with its wall time in ms.
 * @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} env
 * @param {{ quiet?: boolean }} [options] quiet: keep stdout out of the bench's own output
 */
export function run(command, args, env, { quiet = false } = {}) {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(performance.now() - started)
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))
    })
  })
}

/**
 * Deletes the previous bench database and media so every run starts from the same content.
 * @param {string} [dataDir]
 */
export function resetBenchData(dataDir = BENCH_DATA_DIR) {
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
}

/**
 * Fails when the port is taken: otherwise the readiness check could measure someone else's server.
 * @param {number} port
 */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () => reject(new Error(`port ${port} is in use: choose another with --port`)))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(undefined)))
  })
}

/**
 * Starts the production server detached (own process group) with its output in data/bench/server.log.
 * @param {NodeJS.ProcessEnv} env @param {number} port @param {string} [dataDir] where server.log goes
 */
export function startServer(env, port, dataDir = BENCH_DATA_DIR) {
  const log = createWriteStream(path.join(dataDir, 'server.log'))
  const child = spawn(
    process.execPath,
    // The production server of `npm start`: Next with the script-hash Content-Security-Policy.
    ['scripts/start-server.mjs', '-p', String(port)],
    {
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  return child
}

/**
 * Stops the server's whole process group (never anything else); waits up to 10 s for it.
 * @param {import('node:child_process').ChildProcess} child
 */
export async function stopServer(child) {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL')
    } catch {
      // already gone
    }
  }, 10_000)
  await exited
  clearTimeout(timer)
}

/**
 * Polls a URL until it answers 200 (the server is up), for at most `timeoutMs`.
 * @param {string} url @param {import('node:child_process').ChildProcess} child @param {number} [timeoutMs]
 * @param {string} [dataDir] where the server's log is, for the error message
 */
export async function waitUntilReady(url, child, timeoutMs = 120_000, dataDir = BENCH_DATA_DIR) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with ${child.exitCode}: see ${dataDir}/server.log`)
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s: see ${dataDir}/server.log`)
}

/**
 * Expires every cache tag of the running site, as the seed would had the server been up.
 * @param {string} origin @param {NodeJS.ProcessEnv} env
 */
export async function revalidateAll(origin, env) {
  const response = await fetch(`${origin}/api/revalidate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.REVALIDATE_SECRET}`, 'Content-Type': 'application/json' },
    body: '{}',
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`POST /api/revalidate answered ${response.status}`)
}
