// Real servers for tests and the benchmark: each runs in a process group of its own, logs to a
// file, and is stopped by that group only (never by name, which could hit someone else's).
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { createServer } from 'node:net'

/** A started server: its process and where its output goes. */
export type Server = { name: string; child: ChildProcess; logFile: string }

/** Fails at once, naming the Debian package, when a program the topology needs is missing. */
export function requireProgram(path: string, debianPackages: string): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: install it with apt-get install -y ${debianPackages}`)
  }
}

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
  return { name, child, logFile: options.logFile }
}

/** Stops the server's process group: SIGTERM, then SIGKILL after `graceMs`. Resolves once it exited. */
export async function stopServer(server: Server, graceMs = 10_000): Promise<void> {
  const { child } = server
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
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

/** Fails when the port is taken: a readiness check could otherwise reach someone else's server. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () => reject(new Error(`port ${port} is in use`)))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

/** Runs a command to completion; rejects with its output when it fails. Resolves with its wall time. */
export function runToCompletion(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(performance.now() - started)
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4_000)}`))
    })
  })
}
