// `npm start`, and what a process supervisor runs (`node scripts/start.mjs`): checks the Node
// version, then starts the production server, whose TypeScript Node runs as it is (types stripped).
import './preflight.mjs'

await import('../lib/platform/server/start.ts')
