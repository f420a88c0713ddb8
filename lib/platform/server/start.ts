// The production server (`npm start` runs scripts/start.mjs, which imports this file; Node strips
// its types): Next, with the response cache of lib/platform/server/ in front when this is the only
// instance (docs/caching.md, "The response cache of a single instance", says why).
// Options as `next start`: -p/--port, -H/--hostname, or PORT/HOSTNAME.
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

import { resolveRedisUrl } from '../cache/settings.mjs'

import { registerResponseCache } from './registry.ts'
import { createRequestListener } from './requestListener.ts'
import { ResponseCache } from './responseCache.ts'

// Bodies of the most requested public pages, compressed as sent: a few thousand pages.
const RESPONSE_CACHE_BYTES = 32 * 1024 * 1024

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
  console.error(`The port must be a number from 1 to 65535 (got "${values.port ?? process.env.PORT}").`)
  process.exit(1)
}
// As `next start` does; Next's types make NODE_ENV read-only.
if (process.env.NODE_ENV === undefined) Reflect.set(process.env, 'NODE_ENV', 'production')

// Several instances share Redis and an HTTP cache in front (README, "Topology"); a cache in each
// process would miss the others' changes, so only a single instance keeps one.
const cache = resolveRedisUrl() ? null : new ResponseCache(RESPONSE_CACHE_BYTES)
if (cache) registerResponseCache(cache)

const server = createServer()
// No hostname for Next: given one, Next (16.4, 16.5) treats the proxy's rewrites as external (404).
const app = next({ dev: false, port, httpServer: server })
await app.prepare()
server.on('request', createRequestListener(app.getRequestHandler(), cache))
server.listen(port, values.hostname ?? process.env.HOSTNAME, () => {
  console.log(`✓ Ready on port ${port}${cache ? '' : ' (several instances: no response cache)'}`)
})

function stop(signal: NodeJS.Signals) {
  server.close(() => void app.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143)))
  server.closeIdleConnections()
  // Requests still running after 10 s do not keep the process alive.
  setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 10_000).unref()
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
