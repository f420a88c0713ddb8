// @ts-check
// The production server: `next start` plus a Content-Security-Policy whose script-src lists the
// hash of every inline script Next rendered (lib/csp/). Hashes are computed from the finished
// page, so pages keep coming from Next's cache; a nonce would force every page to render per
// request. Same options as `next start`:
//   node scripts/start-server.mjs [-p <port>] [-H <hostname>] [--keepAliveTimeout <ms>] [dir]
// PORT and HOSTNAME are read when -p and -H are not given.
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { fillerFor, readOrCreateMarker } from '../lib/csp/marker.mjs'
import { allInlineScriptHashes } from '../lib/csp/scriptPolicy.mjs'
import { createRequestListener } from '../lib/csp/requestListener.mjs'

// As `next start` does (NODE_ENV is read-only in Next's types).
if (process.env.NODE_ENV === undefined) Reflect.set(process.env, 'NODE_ENV', 'production')

const { values, positionals } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
    keepAliveTimeout: { type: 'string' },
  },
  allowPositionals: true,
})
const dir = path.resolve(positionals[0] ?? '.')
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? process.env.HOSTNAME
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`start-server: invalid port "${values.port ?? process.env.PORT}"`)
  process.exit(1)
}
// Next's own server publishes its port this way; background work calls the site on PORT.
process.env.PORT = String(port)

// As in next.config.ts.
const distDir = path.join(dir, process.env.NEXT_DIST_DIR ?? '.next')

/** Hashes of the inline scripts in pages prerendered at build time (no marker in them). */
function readBuildTimeHashes() {
  /** @type {Set<string>} */
  const hashes = new Set()
  for (const folder of ['server/app', 'server/pages']) {
    const root = path.join(distDir, folder)
    let files
    try {
      files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    } catch {
      continue
    }
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      for (const hash of allInlineScriptHashes(readFileSync(path.join(root, file), 'utf8'))) hashes.add(hash)
    }
  }
  return hashes
}

const marker = readOrCreateMarker(path.join(distDir, 'cache', 'csp-script-marker'))
const cspOptions = {
  marker,
  filler: fillerFor(marker),
  trusted: readBuildTimeHashes(),
  /** @param {unknown} error */
  onError: (error) => console.error('start-server: could not hash the inline scripts of a page:', error),
}

const { default: next } = await import('next')
const server = createServer()
// The hostname is only where to listen: given to Next (as `next start -H` does), it makes the
// proxy's rewrites to the cached list pages count as external and answer 404 (Next 16.4).
const app = next({ dev: false, dir, port, httpServer: server })
const handle = app.getRequestHandler()

server.on('request', createRequestListener(handle, cspOptions))
if (values.keepAliveTimeout !== undefined) server.keepAliveTimeout = Number(values.keepAliveTimeout)

await app.prepare()
server.listen(port, hostname, () => {
  console.log(
    `✓ Ready on http://${hostname ?? 'localhost'}:${port} (Content-Security-Policy with script hashes)`,
  )
})

/** @param {NodeJS.Signals} signal */
function stop(signal) {
  server.close(() => {
    void app.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  })
  server.closeIdleConnections()
  // Requests still running after 10 s do not keep the process alive.
  setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 10_000).unref()
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
