// The end of a script that starts servers (the bench, the soak): every server it started is
// stopped whatever happens (at the end, on a failure, on Ctrl-C or SIGTERM) and, as a last
// resort, killed by process group when the script itself dies.
import { assertPortFree, liveServers, stopServer } from './processes'

/** How long an interrupted script has to unwind and stop its servers before it is made to exit. */
const FORCED_EXIT_AFTER_MS = 30_000

/** Stops every server this process started that is still running, newest first. */
export async function stopEveryServer(): Promise<void> {
  for (const server of liveServers().reverse()) await stopServer(server)
}

/** The given ports that are still taken once everything was stopped (empty: all free). */
export async function portsStillTaken(ports: readonly number[]): Promise<number[]> {
  const taken: number[] = []
  for (const port of ports) {
    const free = await assertPortFree(port).then(
      () => true,
      () => false,
    )
    if (!free) taken.push(port)
  }
  return taken
}

/**
 * Installs the Ctrl-C, SIGTERM and exit handlers. The returned signal is aborted on Ctrl-C or
 * SIGTERM: commands run with it stop, the servers are stopped, and the script unwinds.
 */
export function handleInterruption(): AbortSignal {
  const controller = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      controller.abort(new Error(`interrupted (${signal})`))
      // A stopped server makes every request still waiting on it fail, so the script unwinds.
      void stopEveryServer()
      setTimeout(() => process.exit(130), FORCED_EXIT_AFTER_MS).unref()
    })
  }
  // process.kill is synchronous, as an 'exit' listener must be.
  process.on('exit', () => {
    for (const { child } of liveServers()) {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  })
  return controller.signal
}
