import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = process.cwd()

/** How a script run ended. */
export type CliExit = { code: number | null; signal: NodeJS.Signals | null; stdout: string[]; stderr: string }

/** A script started the way `npm run seed` / `npm run import` start it, on this test file's database. */
export type CliRun = {
  /** Lines printed on stdout so far. */
  lines: () => string[]
  /** Resolves once a printed line matches, or rejects when the script ends first. */
  waitForLine: (pattern: RegExp) => Promise<string>
  /** Whether the script is still running. */
  isRunning: () => boolean
  /** SIGKILLs the script and everything it started (tsx runs the script in a child process). */
  kill: () => void
  exited: Promise<CliExit>
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/**
 * Starts `scripts/<script>` with tsx, in a process group of its own so a kill reaches all of it;
 * `env` adds or replaces variables (another DATABASE_URI, say).
 */
export function startCli(
  script: string,
  args: string[] = [],
  timeoutMs = 90_000,
  env: Readonly<Record<string, string>> = {},
): CliRun {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [`scripts/${script}`, ...args], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      NODE_OPTIONS: '--conditions=production',
      NODE_ENV: 'test',
      // No secret: the scripts must not try to reach a running site.
      REVALIDATE_SECRET: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let running = true
  const waiters: { pattern: RegExp; resolve: (line: string) => void; reject: (error: Error) => void }[] = []
  const lines = () => stdout.split('\n').filter((line) => line !== '')
  const settleWaiters = () => {
    for (const waiter of [...waiters]) {
      const line = lines().find((candidate) => waiter.pattern.test(candidate))
      if (line === undefined) continue
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve(line)
    }
  }
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    settleWaiters()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => killGroup(child), timeoutMs)
  const exited = new Promise<CliExit>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      running = false
      clearTimeout(timer)
      // tsx is gone; make sure the script it started is gone too.
      killGroup(child)
      for (const waiter of waiters.splice(0)) {
        waiter.reject(
          new Error(`${script} ended before printing ${String(waiter.pattern)}:\n${stdout}${stderr}`),
        )
      }
      resolve({ code, signal, stdout: lines(), stderr })
    })
  })
  return {
    lines,
    waitForLine: (pattern) =>
      new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve, reject })
        settleWaiters()
      }),
    isRunning: () => running,
    kill: () => killGroup(child),
    exited,
  }
}
