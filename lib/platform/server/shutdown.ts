import type { Server, ServerResponse } from 'node:http'

import { beginShutdown, runShutdownTasks } from '../lifecycle.ts'

/** After the drain window: how long the requests, a running job, pending purges and Next's close may take. */
export const FINISH_MS = 5_000
/** The end of that time kept for closing Next, and for work that overran its deadline. */
const CLOSE_APP_MS = 1_000
const OVERRUN_MS = 500
/** How often connections left idle after the server stopped accepting are closed. */
const IDLE_SWEEP_MS = 200

export type ShutdownOptions = {
  server: Server
  /** How long the server keeps answering after SIGTERM while readiness says 503 (SIGINT: none). */
  drainMs: number
  finishMs?: number
  closeApp: () => Promise<void>
  exit: (code: number) => void
  log?: (line: string) => void
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))

/** Resolves true once `promise` settles, or false when `deadline` (epoch ms) comes first. */
function settlesBy(promise: Promise<unknown>, deadline: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), sleep(deadline - Date.now()).then(() => false)])
}

/**
 * The server's answer to SIGTERM or SIGINT: readiness turns 503 at once and every answer from then
 * on closes its connection (`Connection: close`), so clients and balancers reconnect elsewhere;
 * after `drainMs` the server stops accepting connections, finishes the requests it has, lets the
 * registered work finish (a running job, purges waiting for a retry), and exits 0, all within
 * `drainMs + finishMs`. Requests still running at that bound are cut and the exit code is 1. A
 * second signal exits at once.
 */
export function createShutdown({
  server,
  drainMs,
  finishMs = FINISH_MS,
  closeApp,
  exit,
  log = console.log,
}: ShutdownOptions): (signal: NodeJS.Signals) => void {
  const active = new Set<ServerResponse>()
  let isStopping = false
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (isStopping) res.setHeader('Connection', 'close')
    active.add(res)
    res.once('close', () => active.delete(res))
  })

  async function stop(signal: NodeJS.Signals): Promise<void> {
    const startedAt = Date.now()
    const drain = signal === 'SIGINT' ? 0 : drainMs
    const bound = startedAt + drain + finishMs
    // Requests and registered work must be done by this; what is left of the bound closes Next.
    const deadline = bound - CLOSE_APP_MS - OVERRUN_MS
    for (const res of active) if (!res.headersSent) res.setHeader('Connection', 'close')
    log(
      `${signal}: not ready from now on; answering for ${drain / 1000} s more, then stopping within ${(bound - startedAt) / 1000} s.`,
    )
    await sleep(drain)
    // From the next check phase: the poll phase before it accepts the connections the kernel has
    // queued meanwhile (a busy server can have some), which closing the socket would reset.
    const closed = new Promise<void>((resolve) => setImmediate(() => server.close(() => resolve())))
    // Connections that go idle now (answers begun before the signal kept them open) are closed too.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS)
    log(`Stopped accepting connections; finishing ${active.size} request(s).`)
    const isDrained = await settlesBy(closed, deadline)
    clearInterval(sweep)
    if (!isDrained) {
      log(`${active.size} request(s) still running at the deadline: closing their connections.`)
      server.closeAllConnections()
    }
    const tasks = runShutdownTasks(deadline).then((lines) =>
      lines.forEach((line) => log(`Shutdown: ${line}`)),
    )
    // Each task keeps to the deadline; one that does not is not waited for much longer.
    if (!(await settlesBy(tasks, deadline + OVERRUN_MS))) log('Shutdown: work still unfinished, left behind.')
    const closeNext = closeApp().catch((error: unknown) => log(`Closing Next failed: ${String(error)}`))
    await settlesBy(closeNext, bound)
    log(`Stopped after ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`)
    exit(isDrained ? 0 : 1)
  }

  return (signal) => {
    if (isStopping) {
      log(`${signal} again: exiting at once.`)
      exit(1)
      return
    }
    isStopping = true
    beginShutdown()
    void stop(signal).catch((error: unknown) => {
      log(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`)
      exit(1)
    })
  }
}
