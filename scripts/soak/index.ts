// `npm run soak [-- --duration 120 --warm-up 60 --connections 50 --no-build --port 3230]`:
// builds into .next-soak, starts `npm start`'s server (next start) on a fresh seeded database
// under data/soak/, runs mixed public traffic (as browsers request it) while an editor saves a
// statistic every second, then checks: no 5xx, every request answered, every save persisted and
// visible, memory growth after the warm-up under 20%. Prints the figures and one line per
// failure; exits 1 on any.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { signInAsEditor } from '../topology/accounts'
import { getAsBrowser } from '../topology/browser'
import { ensureBuild } from '../topology/build'
import { assertPortFree } from '../topology/processes'
import { createSecrets, prepareSite, siteEnv, startInstance } from '../topology/site'
import { findStatistics } from '../topology/statistics'
import { handleInterruption, stopEveryServer } from '../topology/teardown'
import { parseSoakArgs } from './args'
import { SAVED_YEARS, startEditor } from './editor'
import { evaluateMemory, evaluateSoak, type SoakFigures } from './evaluate'
import { startMemorySampler } from '../topology/memory'
import { formatReport } from './report'
import { PUBLIC_PATHS, runPublicTraffic } from './traffic'
import { checkFinalValues } from './visibility'

// Folders of its own: the soak never touches the tests' `.next` or the bench's `.next-bench`.
const DATA_DIR = path.join('data', 'soak')
const DIST_DIR = '.next-soak'

const log = (line: string) => console.log(`soak: ${line}`)

const options = parseSoakArgs()
const interruption = handleInterruption()
const origin = `http://127.0.0.1:${options.port}`
const env = siteEnv({ dataDir: DATA_DIR, distDir: DIST_DIR, siteUrl: origin }, createSecrets())
const warmUpMs = options.warmUp * 1000
// About 40 samples per run, never more often than twice a second.
const sampleEveryMs = Math.min(3_000, Math.max(500, (options.duration * 1000) / 40))
let serverLog: string | undefined

/** Counts the server log's error lines: the first place to look when a check fails. */
function serverLogErrors(file: string) {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []
  const errors = lines.filter((line) => /error|⨯/i.test(line))
  return { count: errors.length, first: errors[0]?.slice(0, 200) }
}

/** Fresh database, server up, editor signed in, pages rendered once; then the soak itself. */
async function soak(): Promise<SoakFigures> {
  await assertPortFree(options.port).catch(() => {
    throw new Error(`port ${options.port} is in use: choose another with --port`)
  })
  if (options.build) log(`building into ${DIST_DIR}`)
  await ensureBuild(DIST_DIR, options.build, interruption)
  log(`seeding a fresh database in ${DATA_DIR}`)
  await prepareSite(env, DATA_DIR, interruption)
  log(`starting next start on ${origin}`)
  // With the settings `npm start` gives itself (heap limits among them: without one, V8 on a large
  // machine grows its heap for minutes before collecting, which looks like a leak and hides one).
  const server = await startInstance(env, options.port, DATA_DIR)
  serverLog = server.logFile
  const authorization = await signInAsEditor(origin, 'soak')
  const rows = await findStatistics(origin, authorization, SAVED_YEARS)
  // Renders each page once before the clock starts, so the run measures a warm server.
  for (const target of PUBLIC_PATHS) await (await getAsBrowser(origin + target, 60_000)).arrayBuffer()
  log(
    `${options.warmUp} s of warm-up and ${options.duration} s of traffic: ${options.connections} connections over ${PUBLIC_PATHS.length} URLs, a save per second (server log: ${server.logFile})`,
  )
  if (server.child.pid === undefined) throw new Error('the server has no process id')
  const sampler = startMemorySampler(server.child.pid, sampleEveryMs)
  const editor = startEditor(origin, authorization, rows)
  // The warm-up is the same traffic, run first: memory is compared from its end.
  const traffic = await runPublicTraffic(
    origin,
    { connections: options.connections, duration: options.warmUp + options.duration },
    interruption,
  )
  const saves = await editor.stop()
  const samples = sampler.stop()
  if (interruption.aborted) throw new Error('interrupted')
  log('traffic done; checking the final values')
  const final = await checkFinalValues(origin, authorization, saves)
  return { traffic, saves, final, memory: evaluateMemory(samples, warmUpMs), samples }
}

const loadBefore = os.loadavg()
let figures: SoakFigures | undefined
try {
  figures = await soak()
} catch (error) {
  if (interruption.aborted) console.error('soak: interrupted; stopping everything it started')
  else console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await stopEveryServer()
}
if (figures === undefined) process.exit(interruption.aborted ? 130 : 1)

const meta = {
  ...options,
  cpus: os.cpus().length,
  loadavg: { before: loadBefore, after: os.loadavg() },
  warmUpMs,
}
const checks = evaluateSoak(figures)
console.log(`\n${formatReport(meta, figures, checks)}`)
if (serverLog !== undefined) {
  const errors = serverLogErrors(serverLog)
  console.log(
    `\nserver log ${serverLog}: ${errors.count} error line(s)${errors.first ? `; first: ${errors.first}` : ''}`,
  )
}
writeFileSync(path.join(DATA_DIR, 'result.json'), JSON.stringify({ meta, ...figures, checks }, null, 2))
const failed = checks.filter((c) => !c.pass)
console.log(`\nSoak: ${checks.length - failed.length} PASS, ${failed.length} FAIL`)
process.exit(failed.length > 0 ? 1 : 0)
