import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { ALL_TAGS } from '@/lib/platform/cache/tags'

// Start-up without a database: only the cache part of lib/platform/startup.ts runs for real.
vi.mock('payload', () => ({ getPayload: vi.fn(() => Promise.resolve({})) }))

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A port nothing listens on yet (taken and released at once). */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** A cache on `port` that answers every PURGE 200 and records them. */
async function startCache(port: number): Promise<{ server: Server; purges: IncomingMessage[] }> {
  const purges: IncomingMessage[] = []
  const server = createServer((request, response) => {
    if (request.method === 'PURGE') purges.push(request)
    response.end()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { server, purges }
}

// Longer than the first retry delay (1 s, lib/platform/cache/purge.ts) and the second expiry (2 s).
const AFTERWARDS_MS = 2_500

describe('the start-up purge of the HTTP caches', () => {
  const servers: Server[] = []
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
    for (const server of servers.splice(0)) server.close()
  })

  async function startSite(purgeUrl: string) {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    vi.stubEnv('REDIS_URL', '')
    vi.stubEnv('REVALIDATE_SECRET', '')
    vi.stubEnv('CACHE_PURGE_URL', purgeUrl)
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`startServer exited with ${code}`)
    }) as never)
    const { startServer } = await import('@/lib/platform/startup')
    await startServer({
      loadConfig: () => Promise.resolve({} as never),
      prepareDevelopmentDatabase: () => Promise.resolve(),
    })
  }

  it('purges every key once when the cache is up', async () => {
    const port = await freePort()
    const cache = await startCache(port)
    servers.push(cache.server)
    await startSite(`http://127.0.0.1:${port}/`)
    await sleep(AFTERWARDS_MS)
    expect(cache.purges.map((request) => request.headers['surrogate-key'])).toEqual([ALL_TAGS.join(' ')])
  })

  it('sends nothing later to a cache that was not up yet: it would empty what was cached since', async () => {
    const port = await freePort()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await startSite(`http://127.0.0.1:${port}/`)
    // The cache comes up after the instance (as in scripts/topology and a restart of Varnish).
    const cache = await startCache(port)
    servers.push(cache.server)
    await sleep(AFTERWARDS_MS)
    expect(cache.purges).toHaveLength(0)
    expect(errors).toHaveBeenCalled()
  })
})
