import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Printed by start-server.ts once the config is loaded, right before Payload's init starts. */
export const INIT_MARKER = 'evcp-test: payload init starts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** What a child process printed, how it ended, and how long Payload's init took in it. */
export type StartResult = { code: number | null; stdout: string; stderr: string; initMs: number | undefined }

/**
 * Runs tests/int/helpers/start-server.ts in a child process with the given DATABASE_URI and
 * kills it after `killAfterMs`, so a hanging start fails the test instead of stalling it.
 */
export function runStartServer(databaseUri: string, killAfterMs: number): Promise<StartResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(root, 'tests/int/helpers/start-server.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URI: databaseUri,
          NODE_OPTIONS: '--conditions=production',
          NODE_ENV: 'test',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        // A group of its own: tsx runs the script in a child, and a kill must reach both (a
        // surviving grandchild would hold the pipes open and the start would never end).
        detached: true,
      },
    )
    let stdout = ''
    let stderr = ''
    let initStartedAt: number | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (initStartedAt === undefined && stdout.includes(INIT_MARKER)) initStartedAt = Date.now()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    }, killAfterMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({
        code,
        stdout,
        stderr,
        initMs: initStartedAt === undefined ? undefined : Date.now() - initStartedAt,
      })
    })
  })
}
