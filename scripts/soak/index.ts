// `npm run soak [-- --duration 120 --warm-up 24 --connections 50 --no-build --port 3230]`:
// builds into .next-soak, starts the production server on a fresh seeded database under
// data/soak/, runs mixed public traffic while an editor saves a statistic every second, then
// checks: no 5xx, every request answered, every save persisted and visible, memory growth
// after the warm-up under 20%. Prints the figures and one line per failure; exits 1 on any.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildForBench } from '../bench/build.mjs'
import { warmUp } from '../bench/load.mjs'
import {
  assertPortFree,
  benchEnv,
  resetBenchData,
  revalidateAll,
  run,
  startServer,
  stopServer,
  waitUntilReady,
} from '../bench/server.mjs'
import { parseSoakArgs } from './args.mjs'
import { findSavedRows, signInAsEditor, startEditor } from './editor.mjs'
import { evaluateMemory, evaluateSoak } from './evaluate.mjs'
import { startMemorySampler } from './memory.mjs'
import { formatReport } from './report.mjs'
import { PUBLIC_PATHS, runPublicTraffic } from './traffic.mjs'
import { checkFinalValues } from './visibility.mjs'

// Folders of its own: the soak never touches the tests' `.next` or the bench's `.next-bench`.
const DIRS = { dataDir: 'data/soak', distDir: '.next-soak' }
const SERVER_LOG = path.join(DIRS.dataDir, 'server.log')

const log = (line) => console.log(`soak: ${line}`)

const options = parseSoakArgs()
const origin = `http://127.0.0.1:${options.port}`
/** Heap limit of the server under test, in MB. */
const SERVER_HEAP_MB = 512
const env = {
  ...benchEnv(options.port, DIRS),
  // A heap sized as a production server's would be: without a limit, V8 on a large machine
  // grows the heap for minutes before collecting, which looks like a leak and hides one.
  NODE_OPTIONS: `--max-old-space-size=${SERVER_HEAP_MB}`,
}
const warmUpMs = options.warmUp * 1000
// About 40 samples per run, never more often than twice a second.
const sampleEveryMs = Math.min(3_000, Math.max(500, (options.duration * 1000) / 40))

/** @type {import('node:child_process').ChildProcess | undefined} */
let server
/** @type {{ stop: () => void } | undefined} */
let traffic
let interrupted = false
// Last resort if this process dies on an uncaught error: the server is in another process group
// and would otherwise outlive it. process.kill is synchronous, as an 'exit' listener must be.
process.on('exit', () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
})
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    interrupted = true
    // During the build, Ctrl-C also reaches `next build`, whose failure unwinds through
    // buildForBench's clean-up; exiting here would skip it.
    if (server === undefined) return
    traffic?.stop()
    void stopServer(server).then(() => process.exit(130))
  })

/** Counts the server log's error lines: the first place to look when a check fails. */
function serverLogErrors() {
  const lines = existsSync(SERVER_LOG) ? readFileSync(SERVER_LOG, 'utf8').split('\n') : []
  const errors = lines.filter((line) => /error|⨯/i.test(line))
  return { count: errors.length, first: errors[0]?.slice(0, 200) }
}

/** Fresh database, server up, editor signed in, caches warm; then the soak itself. */
async function soak() {
  await assertPortFree(options.port)
  resetBenchData(DIRS.dataDir)
  log(`seeding a fresh database in ${DIRS.dataDir}`)
  await run('npm', ['run', 'seed'], env, { quiet: true })
  log(`starting the production server on ${origin} (log: ${SERVER_LOG})`)
  server = startServer(env, options.port, DIRS.dataDir)
  await waitUntilReady(`${origin}/robots.txt`, server, 120_000, DIRS.dataDir)
  // The seed ran while no server was up to be told; start every page from fresh data.
  await revalidateAll(origin, env)
  const authorization = await signInAsEditor(origin)
  const rows = await findSavedRows(origin, authorization)
  // Renders each page once before the clock starts, so the run measures a warm server.
  for (const target of PUBLIC_PATHS) await warmUp(origin, target, 2)
  log(
    `${options.warmUp} s of warm-up and ${options.duration} s of traffic: ${options.connections} connections over ${PUBLIC_PATHS.length} URLs, a save per second`,
  )
  const sampler = startMemorySampler(/** @type {number} */ (server.pid), sampleEveryMs)
  const editor = startEditor(origin, authorization, rows)
  // The warm-up is the same traffic, run first: memory is compared from its end.
  const publicTraffic = await runPublicTraffic(
    origin,
    { ...options, duration: options.warmUp + options.duration },
    (instance) => (traffic = instance),
  )
  const saves = await editor.stop()
  const samples = sampler.stop()
  if (interrupted) throw new Error('interrupted')
  log(`traffic done; checking the final values`)
  const final = await checkFinalValues(origin, authorization, saves)
  return { traffic: publicTraffic, saves, final, memory: evaluateMemory(samples, warmUpMs), samples }
}

const loadBefore = os.loadavg()
let figures
try {
  if (options.build) {
    log(`building into ${DIRS.distDir}`)
    await buildForBench(DIRS.distDir)
  } else if (!existsSync(path.join(DIRS.distDir, 'BUILD_ID'))) {
    throw new Error(`no build in ${DIRS.distDir}: run without --no-build first`)
  }
  if (interrupted) throw new Error('interrupted')
  figures = await soak()
} catch (error) {
  console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`)
  if (server) await stopServer(server)
  process.exit(interrupted ? 130 : 1)
}
await stopServer(server)

const meta = {
  ...options,
  cpus: os.cpus().length,
  loadavg: { before: loadBefore, after: os.loadavg() },
  warmUpMs,
}
const checks = evaluateSoak(figures)
console.log(`\n${formatReport(meta, figures, checks)}`)
const errors = serverLogErrors()
console.log(
  `\nserver log ${SERVER_LOG}: ${errors.count} error line(s)${errors.first ? `; first: ${errors.first}` : ''}`,
)
writeFileSync(path.join(DIRS.dataDir, 'result.json'), JSON.stringify({ meta, ...figures, checks }, null, 2))
const failed = checks.filter((c) => !c.pass)
console.log(`\nSoak: ${checks.length - failed.length} PASS, ${failed.length} FAIL`)
process.exit(failed.length > 0 ? 1 : 0)
