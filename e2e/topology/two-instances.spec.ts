import { expect, test } from '@playwright/test'

import { SECOND_EXPIRY_AFTER_MS } from '@/lib/platform/cache/revalidate'
import { stopServer } from '@/scripts/topology/processes'
import { startRedis } from '@/scripts/topology/redis'
import { startInstance } from '@/scripts/topology/site'

import {
  createTopologySite,
  findBelgium2018,
  formatted,
  saveBev,
  signInAdmin,
  topologyPort,
  type TopologySite,
} from './site'

// Two `npm start` instances on one database and one Redis, as behind a load balancer.
const PORT_A = topologyPort(1)
const PORT_B = topologyPort(2)
const REDIS_PORT = topologyPort(3)
const A = `http://127.0.0.1:${PORT_A}`
const B = `http://127.0.0.1:${PORT_B}`

let site: TopologySite

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  const redis = await startRedis(REDIS_PORT, '/tmp')
  site = await createTopologySite('two-instances', { siteUrl: A, redisUrl: redis.url })
  site.servers.push(redis.server)
  site.servers.push(await startInstance(site.env, PORT_A, site.dataDir))
  site.servers.push(await startInstance(site.env, PORT_B, site.dataDir))
})

test.afterAll(async () => {
  await site?.stop()
})

async function readBelgium(origin: string) {
  const response = await fetch(`${origin}/countries/belgium`)
  expect(response.status).toBe(200)
  return { cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

test('a save through one instance shows on the next request to the other', async () => {
  const token = await signInAdmin(A)
  const statistic = await findBelgium2018(A)
  for (const value of [statistic.bev + 11, statistic.bev + 22]) {
    // B serves the page from the shared cache before the save.
    await readBelgium(A)
    const before = await readBelgium(B)
    expect(before.cache).toBe('HIT')
    expect(before.html).not.toContain(formatted(value))

    await saveBev(A, token, statistic.id, value)
    const after = await readBelgium(B)
    expect(after.html).toContain(formatted(value))
    // The save expires the page once more shortly after (lib/platform/cache/revalidate.ts); let that pass.
    await new Promise((resolve) => setTimeout(resolve, SECOND_EXPIRY_AFTER_MS + 500))
  }
})

test('the rendered page and its data live in Redis, not in either process', async () => {
  // A page first rendered by A is a cache hit on B at once.
  const slug = '/policies/belgium-digital-economy'
  const first = await fetch(`${A}${slug}`)
  expect(first.status).toBe(200)
  const onB = await fetch(`${B}${slug}`)
  expect(onB.headers.get('x-nextjs-cache')).toBe('HIT')
})

test('readiness names Redis while it is away, and recovers with it', async () => {
  const redis = site.servers.find((server) => server.name.includes(String(REDIS_PORT)))
  if (!redis) throw new Error('redis is not running')
  const ready = async () => {
    const response = await fetch(`${A}/api/ready`)
    return { status: response.status, body: (await response.json()) as { failing: string[] } }
  }
  expect((await ready()).status).toBe(200)
  await stopServer(redis)
  await expect.poll(async () => (await ready()).body.failing, { timeout: 15_000 }).toEqual(['redis'])
  expect((await ready()).status).toBe(503)
  // Pages still render from the database meanwhile.
  expect((await fetch(`${A}/countries/belgium`)).status).toBe(200)

  site.servers.push((await startRedis(REDIS_PORT, '/tmp')).server)
  await expect.poll(async () => (await ready()).status, { timeout: 30_000 }).toBe(200)
})
