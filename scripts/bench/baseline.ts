// The baselines. nginx: the country page's very bytes, fetched once from the site as a browser
// asks for them, served from files (plain, and gzip beside it); no server can send that page
// faster on this machine, so every throughput figure is also given as a share of nginx's.
// A plain Varnish: the default VCL (a backend and nothing else) in front of that nginx, with the
// same storage and run-time parameters as the topologies' Varnish; what Varnish itself reaches
// here serving the same bytes, which the cached topologies' budgets are measured against.
import { mkdirSync } from 'node:fs'
import { type IncomingHttpHeaders, request } from 'node:http'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { BROWSER_HEADERS } from '../topology/browser'
import { startNginx, type StaticPage } from '../topology/nginx'
import type { Server } from '../topology/processes'
import { startPlainVarnish } from '../topology/varnish'
import { BENCH_DATA_DIR } from './data'

/** The page as sent on the wire (node:http, unlike fetch, leaves the body compressed). */
function getRaw(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: BROWSER_HEADERS, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
      response.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`${url} did not answer within 30 s`)))
    req.on('error', reject)
    req.end()
  })
}

/** The page at `url` as the site sends it to a browser: its Content-Type and body, plain and gzip. */
export async function capturePage(url: string): Promise<StaticPage> {
  const { status, headers, body } = await getRaw(url)
  const contentType = headers['content-type']
  if (status !== 200 || contentType === undefined) {
    throw new Error(`baseline: ${url} answered ${status} (Content-Type ${String(contentType)})`)
  }
  const encoding = headers['content-encoding']
  if (encoding === 'gzip')
    return { urlPath: new URL(url).pathname, contentType, plain: gunzipSync(body), gzip: body }
  if (encoding !== undefined) throw new Error(`baseline: ${url} came ${encoding}-encoded, expected gzip`)
  // Sent uncompressed: nginx serves a gzip of it to browsers, as a site that compresses would.
  return { urlPath: new URL(url).pathname, contentType, plain: body, gzip: gzipSync(body) }
}

/** nginx serving `page` on `port`, its files and configuration in data/bench/nginx. */
export function startBaseline(port: number, page: StaticPage): Promise<Server> {
  return startNginx(port, path.join(BENCH_DATA_DIR, 'nginx'), page)
}

/**
 * Varnish with the default VCL on `port` in front of the nginx baseline on `nginxPort`; resolves
 * once it answers `page` with the very gzip bytes nginx sends. Its log goes to data/bench/plain-varnish.
 */
export async function startPlainVarnishBaseline(
  port: number,
  nginxPort: number,
  page: StaticPage,
): Promise<Server> {
  const logDir = path.join(BENCH_DATA_DIR, 'plain-varnish')
  mkdirSync(logDir, { recursive: true })
  const { server } = await startPlainVarnish(port, nginxPort, logDir, page.urlPath)
  const url = `http://127.0.0.1:${port}${page.urlPath}`
  const { status, headers, body } = await getRaw(url)
  if (status !== 200 || headers['content-encoding'] !== 'gzip' || !body.equals(page.gzip)) {
    throw new Error(
      `baseline: the plain Varnish at ${url} answered ${status} with ${body.length} ${String(headers['content-encoding'] ?? 'plain')} bytes, not nginx's ${page.gzip.length} gzip bytes`,
    )
  }
  return server
}
