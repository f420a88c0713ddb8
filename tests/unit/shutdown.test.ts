import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { purgeSurrogateKeys } from '@/lib/platform/cache/purge'
import { finishJobRuns, shouldRunJobs } from '@/lib/platform/jobQueue'
import { beginShutdown, isShuttingDown, onShutdown, runShutdownTasks } from '@/lib/platform/lifecycle'
import { createShutdown } from '@/lib/platform/server/shutdown'

const LIFECYCLE = Symbol.for('ev-country-profiles.lifecycle')
const servers: Server[] = []

afterEach(() => {
  Reflect.deleteProperty(globalThis, LIFECYCLE)
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  for (const server of servers.splice(0)) server.closeAllConnections()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A server answering `/slow` after `slowMs` and anything else at once; resolves with its port. */
async function startServer(slowMs: number): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    setTimeout(() => res.end('done'), req.url === '/slow' ? slowMs : 0)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

type Answer = { status: number; connection: string | undefined; body: string } | { error: string }

/** One GET; resolves with the answer or the socket error's code. */
function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }))
    })
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }))
    req.end()
  })
}

function exitWatcher() {
  let resolveExit: (code: number) => void = () => undefined
  const exited = new Promise<number>((resolve) => (resolveExit = resolve))
  return { exited, exit: (code: number) => resolveExit(code) }
}

describe('a graceful shutdown', () => {
  it('turns not-ready at once, answers through the drain, finishes what it accepted and exits 0', async () => {
    const { server, port } = await startServer(600)
    const { exited, exit } = exitWatcher()
    const lines: string[] = []
    const task = vi.fn((deadline: number) =>
      Promise.resolve(`finished ${deadline > Date.now() ? 'in time' : 'late'}`),
    )
    onShutdown('test work', task)
    const stop = createShutdown({
      server,
      drainMs: 300,
      finishMs: 2_000,
      closeApp: async () => {},
      exit,
      log: (line) => lines.push(line),
    })

    const slow = get(port, '/slow')
    await sleep(50)
    const started = Date.now()
    stop('SIGTERM')
    expect(isShuttingDown()).toBe(true)
    const duringDrain = await get(port, '/')
    expect(duringDrain).toEqual({ status: 200, connection: 'close', body: 'done' })
    await sleep(400)
    // Past the drain: new connections are refused before they connect.
    expect(await get(port, '/')).toEqual({ error: 'ECONNREFUSED' })
    expect(await slow).toMatchObject({ status: 200, body: 'done' })
    expect(await exited).toBe(0)
    expect(Date.now() - started).toBeLessThan(2_300)
    expect(task).toHaveBeenCalledOnce()
    expect(lines).toContain('Shutdown: test work: finished in time')
  })

  it('cuts a request still running at the bound and exits 1; a second signal exits at once', async () => {
    const { server, port } = await startServer(5_000)
    const { exited, exit } = exitWatcher()
    const stop = createShutdown({
      server,
      drainMs: 0,
      finishMs: 300,
      closeApp: async () => {},
      exit,
      log: () => undefined,
    })
    const slow = get(port, '/slow')
    await sleep(50)
    stop('SIGTERM')
    expect(await exited).toBe(1)
    expect(await slow).toEqual({ error: 'ECONNRESET' })

    const second = exitWatcher()
    const again = createShutdown({
      server: (await startServer(0)).server,
      drainMs: 1_000,
      closeApp: async () => {},
      exit: second.exit,
      log: () => undefined,
    })
    again('SIGTERM')
    again('SIGTERM')
    expect(await second.exited).toBe(1)
  })
})

describe('pending cache purges on shutdown', () => {
  /** A cache answering each PURGE with the next of `statuses`. */
  async function fakeCache(statuses: number[]) {
    const server = createServer((_req, res) => {
      res.statusCode = statuses.shift() ?? 503
      res.end()
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  }

  it('try once more at once, and what still fails is logged and dropped', async () => {
    vi.stubEnv('CACHE_PURGE_URL', `${await fakeCache([503, 200])},${await fakeCache([503, 503])}`)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const purge = purgeSurrogateKeys(['tasks'])
    // Both first attempts fail; their retries would wait 1 s.
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(2))
    const started = Date.now()
    expect(await runShutdownTasks(Date.now() + 2_000)).toEqual(['cache purges: 0 finished, 1 dropped'])
    expect(Date.now() - started).toBeLessThan(900)
    expect(await purge).toBe(false)
    expect(String(errors.mock.calls.at(-1)?.[0])).toMatch(
      /purge of "tasks" .* failed 2 times .*dropped as the server stops/,
    )
  })
})

describe('the job queue on shutdown', () => {
  const fakePayload = (busy: () => boolean, update = vi.fn(() => Promise.resolve({ docs: [{}, {}] }))) => {
    const cron = { isBusy: vi.fn(busy), stop: vi.fn() }
    return { payload: { crons: [cron], update } as unknown as Payload, cron, update }
  }

  it('starts no run once the server is stopping', () => {
    expect(shouldRunJobs()).toBe(true)
    beginShutdown()
    expect(shouldRunJobs()).toBe(false)
  })

  it('lets a running job finish, then stops the queue', async () => {
    let running = true
    setTimeout(() => (running = false), 200)
    const { payload, cron, update } = fakePayload(() => running)
    expect(await finishJobRuns(payload, Date.now() + 2_000)).toBe('the running job finished')
    expect(cron.stop).toHaveBeenCalled()
    expect(update).not.toHaveBeenCalled()
  })

  it('hands back the jobs of a run still going at the deadline', async () => {
    const runStarted = new Date('2026-12-07T09:00:00.000Z')
    vi.useFakeTimers({ toFake: ['Date'], now: runStarted })
    shouldRunJobs()
    vi.useRealTimers()
    const { payload, update } = fakePayload(() => true)
    expect(await finishJobRuns(payload, Date.now() + 100)).toMatch(
      /2 job\(s\) handed back for the next start/,
    )
    expect(update).toHaveBeenCalledWith({
      collection: 'payload-jobs',
      where: {
        and: [
          { processing: { equals: true } },
          { updatedAt: { greater_than_equal: runStarted.toISOString() } },
        ],
      },
      data: { processing: false },
      depth: 0,
    })
  })
})
