// `npm start`, and what a process supervisor runs (`node scripts/start.mjs`): checks the Node
// version, sizes its own process for a 512 MB container (lib/platform/server/processSettings.ts),
// then starts the production server, whose TypeScript Node runs as it is (types stripped).
import { fileURLToPath } from 'node:url'

import './preflight.mjs'

const { processSettings } = await import('../lib/platform/server/processSettings.ts')
const settings = processSettings(process.execArgv, process.env)
// Where the platform cannot replace a process (Windows), the server runs with Node's defaults.
if (settings && typeof process.execve === 'function') {
  const script = fileURLToPath(import.meta.url)
  const args = [...settings.flags, ...process.execArgv, script, ...process.argv.slice(2)]
  process.execve(process.execPath, [process.execPath, ...args], settings.env)
}

await import('../lib/platform/server/start.ts')
