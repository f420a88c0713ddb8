// The baseline: the country page's very bytes, fetched once from the site as a browser asks for
// them, served by nginx from files (plain, and gzip beside it). No server can send that page faster
// on this machine, so every throughput figure is also given as a share of nginx's.
import { type IncomingHttpHeaders, request } from 'node:http'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { BROWSER_HEADERS } from '../topology/browser'
import { startNginx, type StaticPage } from '../topology/nginx'
import type { Server } from '../topology/processes'
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
