import { readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'

import { expect, test } from '@playwright/test'

import { startInstance } from '@/scripts/topology/site'

import { createTopologySite, topologyPort, type TopologySite } from './site'

// `npm start` (the production build) told to stop while a load balancer's worth of keep-alive
// connections keep it busy: nothing they sent may break, and it must exit 0 in time.
const PORT = topologyPort(8)
const PATHS = [
  '/countries/belgium',
  '/search?q=belgium',
  '/api/countries?limit=2&depth=0',
  '/compare?countries=belgium',
]
const CONNECTIONS = 8
// The shipped Varnish probe (deploy/varnish/default.vcl): every 1 s, 1 s timeout, sick after 2 failures.
const PROBE_INTERVAL_MS = 1_000
const PROBE_TIMEOUT_MS = 1_000
const FAILURES_TO_SICK = 2

let site: TopologySite

test.describe.configure({ timeout: 180_000 })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  site = await createTopologySite('shutdown', { siteUrl: `http://127.0.0.1:${PORT}` })
  site.servers.push(await startInstance(site.env, PORT, site.dataDir))
})

test.afterAll(async () => {
  await site?.stop()
})

type Outcome = {
  sentAt: number
  at: number
  status?: number
  connection?: string
  body?: string
  error?: string
}

/** One GET on `agent`, resolving with its answer or its socket error, never throwing. */
function get(agent: Agent | false, path: string, timeoutMs?: number): Promise<Outcome> {
  const sentAt = Date.now()
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, agent, timeout: timeoutMs }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () =>
        resolve({ sentAt, at: Date.now(), status: res.statusCode, connection: res.headers.connection, body }),
      )
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ sentAt, at: Date.now(), error: error.code ?? error.message }),
    )
    req.end()
  })
}

test('SIGTERM under load: readiness turns 503, every request is answered, the server exits 0', async () => {
  const instance = site.servers[0]
  const pid = instance?.child.pid
  if (!instance || pid === undefined) throw new Error('the instance is not running')
  const exited = new Promise<number | null>((resolve) => instance.child.once('exit', (code) => resolve(code)))

  const outcomes: Outcome[] = []
  let isSick = false
  const workers = Array.from({ length: CONNECTIONS }, async (_, worker) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    for (let i = worker; !isSick; i += 1) outcomes.push(await get(agent, PATHS[i % PATHS.length] ?? '/'))
    agent.destroy()
  })
  // Under way on every connection (first renders included) before the signal.
  await expect.poll(() => outcomes.length, { timeout: 90_000 }).toBeGreaterThanOrEqual(2 * CONNECTIONS)
  const before = await get(false, '/api/ready')

  const signalledAt = Date.now()
  process.kill(-pid, 'SIGTERM')
  // Readiness asked right after the signal, however long a busy server takes to answer.
  const flipped = get(false, '/api/ready')
  // The balancer from now on: it probes readiness as Varnish does (a probe started every second,
  // failed by a 503 or by no answer within 1 s) and stops sending after two failures in a row.
  // Connections a busy server had queued when it stops accepting could be reset: that is why
  // balancers are given a drain window first.
  const probe = (async () => {
    for (let failures = 0; failures < FAILURES_TO_SICK; ) {
      const startedAt = Date.now()
      const outcome = await get(false, '/api/ready', PROBE_TIMEOUT_MS)
      failures = outcome.status === 200 ? 0 : failures + 1
      await new Promise((resolve) => setTimeout(resolve, startedAt + PROBE_INTERVAL_MS - Date.now()))
    }
    isSick = true
  })()
  await Promise.all([probe, ...workers])
  const code = await exited
  const stoppedAfterMs = Date.now() - signalledAt

  const broken = outcomes.filter((outcome) => outcome.status === undefined || outcome.status >= 300)
  expect(broken, JSON.stringify(broken.slice(0, 5))).toEqual([])
  // Requests sent once the server had begun to stop (it answered readiness 503) are answered, each
  // closing its connection, so that the next one may go elsewhere.
  const flip = await flipped
  const afterFlip = outcomes.filter((outcome) => outcome.sentAt > flip.at)
  expect(afterFlip.length).toBeGreaterThan(0)
  expect(afterFlip.filter((outcome) => outcome.connection !== 'close')).toEqual([])
  // Readiness said 200 until the signal, and 503 "stopping" from then on.
  expect(before.status).toBe(200)
  expect(flip.status).toBe(503)
  expect(JSON.parse(flip.body ?? '{}')).toEqual({
    status: 'stopping',
    failing: ['shutdown'],
    checks: { shutdown: 'the server is stopping' },
  })

  expect(code).toBe(0)
  // The stated bound: 3 s of drain, then at most 5 s to finish.
  expect(stoppedAfterMs).toBeLessThan(8_500)
  expect(await get(false, '/api/health')).toMatchObject({ error: 'ECONNREFUSED' })
  const log = readFileSync(instance.logFile, 'utf8')
  expect(log).toContain('SIGTERM: not ready from now on')
  expect(log).toMatch(/Shutdown: job queue: (no job was running|the running job finished)/)
  expect(log).toMatch(/Stopped after \d+\.\d s\./)
})
