// Starts the production build for the end-to-end tests on a fresh, seeded SQLite database
// of its own (data/e2e/), so tests never touch the development or production data.
// The secrets are saved in data/e2e/env.json so tests can run scripts against this server.
import { spawn, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'

import { createE2eSecrets, E2E_DATA_DIR, e2eEnv } from '../e2e/helpers/server-env.mjs'

const port = process.argv[2] ?? '3100'

rmSync(E2E_DATA_DIR, { recursive: true, force: true })
const env = { ...process.env, ...e2eEnv(`http://localhost:${port}`, createE2eSecrets()) }

const seed = spawnSync('npm', ['run', 'seed'], { env, stdio: 'inherit' })
if (seed.status !== 0) {
  console.error(`e2e server: npm run seed failed (exit ${seed.status})`)
  process.exit(1)
}

// The production server, as `npm start` runs it.
const server = spawn(process.execPath, ['--import', 'tsx', 'lib/platform/server/start.ts', '-p', port], {
  env,
  stdio: 'inherit',
})
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
