// Real servers for tests and the benchmark: each runs in a process group of its own, logs to a
// file, and is stopped by that group only (never by name, which could hit someone else's).
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { createServer } from 'node:net'

/** A started server: its process, where its output goes, and what to tidy once it has exited. */
export type Server = { name: string; child: ChildProcess; logFile: string; afterStop?: () => void }

/** Fails at once, naming the Debian package, when a program the topology needs is missing. */
export function requireProgram(path: string, debianPackages: string): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: install it with apt-get install -y ${debianPackages}`)
  }
}

// Every server this process started and that has not exited yet, oldest first: what a script
// stops at its end (scripts/topology/teardown.ts), even one still starting when it failed.
const live = new Set<Server>()

/** The servers this process started that are still running, oldest first. */
export const liveServers = (): Server[] => [...live]

/** Starts `command` detached (its own process group), stdout and stderr appended to `logFile`. */
export function startServer(
  name: string,
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; logFile: string; cwd?: string },
): Server {
  const log = createWriteStream(options.logFile, { flags: 'a' })
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  const server: Server = { name, child, logFile: options.logFile }
  live.add(server)
  child.once('exit', () => live.delete(server))
  return server
}

/** Stops the server's process group: SIGTERM, then SIGKILL after `graceMs`. Resolves once it exited. */
export async function stopServer(server: Server, graceMs = 10_000): Promise<void> {
  const { child } = server
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    server.afterStop?.()
    return
  }
  const pid = child.pid
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name)
    } catch {
      // already gone
    }
  }
  signal('SIGTERM')
  const timer = setTimeout(() => signal('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
  server.afterStop?.()
}

/** Stops every server given, in reverse order of start. */
export async function stopAll(servers: readonly Server[]): Promise<void> {
  for (const server of [...servers].reverse()) await stopServer(server)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `url` until it answers 2xx, failing early (with the log's name) if the server exits. */
export async function waitForUrl(url: string, server: Server, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`${server.name} exited with ${server.child.exitCode}: see ${server.logFile}`)
    }
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await sleep(250)
  }
  throw new Error(`${server.name} did not answer ${url} within ${timeoutMs / 1000} s: see ${server.logFile}`)
}

/** Resolves with the server once `ready` resolves; stops it first when `ready` fails. */
export async function whenReady(server: Server, ready: Promise<void>): Promise<Server> {
  try {
    await ready
    return server
  } catch (error) {
    await stopServer(server)
    throw error
  }
}

/** Fails when the port is taken: a readiness check could otherwise reach someone else's server. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () => reject(new Error(`port ${port} is in use`)))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

/** How a command run to completion is wired: `inherit` shows its output (a build's progress). */
export type RunOptions = { env?: NodeJS.ProcessEnv; signal?: AbortSignal; output?: 'capture' | 'inherit' }

/**
 * Runs a command to completion in this process group (Ctrl-C reaches it too; `signal` stops it
 * otherwise). Resolves with its wall time and captured stdout; rejects with its output when it fails.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  { env = process.env, signal, output = 'capture' }: RunOptions = {},
): Promise<{ ms: number; stdout: string }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const stdio = output === 'inherit' ? 'inherit' : 'pipe'
    const child = spawn(command, args, { env, signal, stdio: ['ignore', stdio, stdio] })
    let stdout = ''
    let all = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      all += chunk.toString()
    })
    child.stderr?.on('data', (chunk: Buffer) => (all += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, killedBy) => {
      if (code === 0) resolve({ ms: performance.now() - started, stdout })
      else
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code ?? killedBy}:\n${all.slice(-4_000)}`),
        )
    })
  })
}

/** Runs a command to completion, its output kept unless it fails. Resolves with its wall time. */
export async function runToCompletion(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  signal?: AbortSignal,
): Promise<number> {
  return (await runCommand(command, args, { env, signal })).ms
}
