// Starts the production build for the end-to-end tests on a fresh, seeded SQLite database
// of its own (data/e2e/), so tests never touch the development or production data.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'

const port = process.argv[2] ?? '3100'
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: 'file:./data/e2e/e2e.db',
  MEDIA_DIR: 'data/e2e/media',
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  REVALIDATE_SECRET: randomBytes(32).toString('hex'),
  SITE_URL: `http://localhost:${port}`,
}

rmSync('data/e2e', { recursive: true, force: true })

const seed = spawnSync('npm', ['run', 'seed'], { env, stdio: 'inherit' })
if (seed.status !== 0) {
  console.error(`e2e server: npm run seed failed (exit ${seed.status})`)
  process.exit(1)
}

const server = spawn('npx', ['next', 'start', '-p', port], { env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
