import { spawn } from 'node:child_process'

import { e2eEnv, readE2eSecrets } from './server-env.mjs'

/** Runs `npm run import -- <paths>` against the running e2e server's database and site. */
export function runImport(
  paths: string[],
  siteUrl: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'import', '--', ...paths], {
      env: { ...process.env, ...e2eEnv(siteUrl, readE2eSecrets()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}
