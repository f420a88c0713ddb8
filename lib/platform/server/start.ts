// The production server (`npm start` runs scripts/start.mjs, which imports this file; Node strips
// its types): Next, with the response cache of lib/platform/server/ in front when this is the only
// instance (docs/caching.md, "The response cache of a single instance", says why), a limit on
// failed sign-ins per client address, and a graceful stop on SIGTERM (docs/operations.md).
// Options as `next start`: -p/--port, -H/--hostname, or PORT/HOSTNAME.
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

import { resolveRedisUrl } from '../cache/settings.mjs'
import { resolveShutdownDrainMs, resolveTrustedProxies } from '../env.ts'
import { describeError } from '../errors.ts'

import { registerResponseCache } from './registry.ts'
import { createRequestListener } from './requestListener.ts'
import { ResponseCache } from './responseCache.ts'
import { resolveClientAddress } from './clientAddress.ts'
import { createShutdown } from './shutdown.ts'
import { createSignInLimiter, limitSignIn } from './signInLimit.ts'

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
let settings: { drainMs: number; trustedProxies: ReturnType<typeof resolveTrustedProxies> }
try {
  settings = { drainMs: resolveShutdownDrainMs(), trustedProxies: resolveTrustedProxies() }
} catch (error) {
  console.error(`\nEV Country Profiles cannot start: ${describeError(error)}\n`)
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
const answer = createRequestListener(app.getRequestHandler(), cache)
const signIns = createSignInLimiter(resolveRedisUrl())
server.on('request', (req, res) => {
  const address = resolveClientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    settings.trustedProxies,
  )
  limitSignIn(req, res, signIns, address).then(
    (isAnswered) => isAnswered || answer(req, res),
    (error: unknown) => {
      // The count is unavailable: the sign-in goes ahead, as Payload's own lockout still applies.
      console.error(`Could not count a sign-in from ${address}: ${describeError(error)}`)
      answer(req, res)
    },
  )
})
server.listen(port, values.hostname ?? process.env.HOSTNAME, () => {
  console.log(`✓ Ready on port ${port}${cache ? '' : ' (several instances: no response cache)'}`)
})

const stop = createShutdown({
  server,
  drainMs: settings.drainMs,
  closeApp: () => app.close(),
  exit: (code) => process.exit(code),
})
// Not `once`: a second signal must reach `stop`, which then exits at once.
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
