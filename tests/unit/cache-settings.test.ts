import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { purgeSurrogateKeys } from '@/lib/platform/cache/purge'
import { CacheSettingError, resolvePurgeUrls, resolveRedisUrl } from '@/lib/platform/cache/settings.mjs'

describe('REDIS_URL', () => {
  it('is optional: without it the cache lives in the process', () => {
    expect(resolveRedisUrl({})).toBeUndefined()
    expect(resolveRedisUrl({ REDIS_URL: '  ' })).toBeUndefined()
  })

  it('accepts redis:// and rediss:// URLs', () => {
    expect(resolveRedisUrl({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe('redis://127.0.0.1:6379')
    expect(resolveRedisUrl({ REDIS_URL: 'rediss://cache.example.org:6380/1' })).toBe(
      'rediss://cache.example.org:6380/1',
    )
  })

  it('refuses anything else with a message naming the variable', () => {
    expect(() => resolveRedisUrl({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(CacheSettingError)
    expect(() => resolveRedisUrl({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/)
    expect(() => resolveRedisUrl({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL is not a valid URL/)
  })
})

describe('CACHE_PURGE_URL', () => {
  it('lists every cache to purge, comma-separated', () => {
    expect(resolvePurgeUrls({})).toEqual([])
    expect(
      resolvePurgeUrls({ CACHE_PURGE_URL: 'http://10.0.0.5:6081/, https://cdn.example.org/purge' }),
    ).toEqual(['http://10.0.0.5:6081/', 'https://cdn.example.org/purge'])
  })

  it('refuses an entry that is not an http(s) URL, naming it', () => {
    expect(() => resolvePurgeUrls({ CACHE_PURGE_URL: 'http://a/, varnish:6081' })).toThrow(/varnish:6081/)
    expect(() => resolvePurgeUrls({ CACHE_PURGE_URL: 'ftp://a/' })).toThrow(CacheSettingError)
  })
})

describe('purgeSurrogateKeys', () => {
  const servers: ReturnType<typeof createServer>[] = []
  afterEach(() => {
    vi.unstubAllEnvs()
    for (const server of servers.splice(0)) server.close()
  })

  /** A cache that answers each PURGE with the next status of `statuses`, recording the requests. */
  async function fakeCache(statuses: number[]) {
    const received: IncomingMessage[] = []
    const server = createServer((request, response) => {
      received.push(request)
      response.statusCode = statuses.shift() ?? 200
      response.end()
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received }
  }

  it('sends PURGE with the keys to every cache', async () => {
    const first = await fakeCache([200])
    const second = await fakeCache([200])
    vi.stubEnv('CACHE_PURGE_URL', `${first.url},${second.url}`)
    expect(await purgeSurrogateKeys(['countries', 'ev-statistics'])).toBe(true)
    for (const cache of [first, second]) {
      expect(cache.received.map((request) => request.method)).toEqual(['PURGE'])
      expect(cache.received[0]?.headers['surrogate-key']).toBe('countries ev-statistics')
    }
  })

  it('logs a failed purge and tries again', async () => {
    const cache = await fakeCache([503, 200])
    vi.stubEnv('CACHE_PURGE_URL', cache.url)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await purgeSurrogateKeys(['tasks'])).toBe(true)
    expect(cache.received).toHaveLength(2)
    expect(errors).toHaveBeenCalledOnce()
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/purge of "tasks" .* failed \(answered 503/)
    errors.mockRestore()
  })

  it('does nothing without CACHE_PURGE_URL', async () => {
    vi.stubEnv('CACHE_PURGE_URL', '')
    expect(await purgeSurrogateKeys(['tasks'])).toBe(true)
  })
})

describe('the shared cache at start-up', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('ev-country-profiles.cache-stores')]
  })

  it('refuses within seconds, naming REDIS_URL, when Redis cannot be reached', async () => {
    // Port 1 on this machine: nothing listens there.
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1')
    const { cacheStores } = await import('@/lib/platform/cache/stores.mjs')
    const started = Date.now()
    await expect(cacheStores()).rejects.toThrow(/Cannot connect to Redis at 127\.0\.0\.1:1 \(REDIS_URL\)/)
    expect(Date.now() - started).toBeLessThan(6_000)
  })

  it('keeps pages in process memory without REDIS_URL', async () => {
    vi.stubEnv('REDIS_URL', '')
    const { cacheStores } = await import('@/lib/platform/cache/stores.mjs')
    const stores = await cacheStores()
    expect(stores.map((store) => store.name)).toEqual(['local-lru'])
  })
})
