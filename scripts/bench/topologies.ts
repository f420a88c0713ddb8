// The three ways the site is served, each on its own ports and its own copy of the database:
// (a) `npm start` alone; (b) Varnish with the shipped VCL → one instance that purges it;
// (c) Varnish → two instances sharing one Redis, both purging Varnish.
import path from 'node:path'

import type { Server } from '../topology/processes'
import { startRedis } from '../topology/redis'
import { type SiteSettings, startInstance } from '../topology/site'
import { startVarnish } from '../topology/varnish'
import type { TopologyName } from './args'
import { BENCH_DATA_DIR, copyTemplate } from './data'

/** The shipped VCL's abuse limits are off in the bench (recorded in its results). */
export const BENCH_VARNISH_LIMITS = 'off'

type TopologyPorts = { instances: [number, ...number[]]; varnish?: number; redis?: number }

/** The ports of the baselines, from --port-base: nginx has the base itself, the plain Varnish the last. */
export function baselinePorts(base: number): { nginx: number; plainVarnish: number } {
  return { nginx: base, plainVarnish: base + 8 }
}

/** The ports of each topology, from --port-base (see {@link baselinePorts}). */
export function topologyPorts(name: TopologyName, base: number): TopologyPorts {
  if (name === 'a') return { instances: [base + 1] }
  if (name === 'b') return { instances: [base + 2], varnish: base + 3 }
  return { instances: [base + 4, base + 5], redis: base + 6, varnish: base + 7 }
}

/** Where a publish must show: the cache visitors reach, or an instance asked directly. */
export type Observer = { name: string; origin: string }

export type RunningTopology = {
  name: TopologyName
  /** What visitors reach: Varnish, or the only instance. */
  publicOrigin: string
  /** The instances, where editors save. */
  instanceOrigins: string[]
  observers: Observer[]
  /** Every server of the topology, in order of start. */
  servers: Server[]
  /** The site's instances among them. */
  instances: Server[]
  dataDir: string
  env: NodeJS.ProcessEnv
}

const origin = (port: number) => `http://127.0.0.1:${port}`

/** Copies the template database and starts the topology's servers; resolves once all answer. */
export async function startTopology(
  name: TopologyName,
  portBase: number,
  env: (settings: SiteSettings) => NodeJS.ProcessEnv,
): Promise<RunningTopology> {
  const ports = topologyPorts(name, portBase)
  const dataDir = path.join(BENCH_DATA_DIR, name)
  copyTemplate(dataDir)
  const servers: Server[] = []
  const redis = ports.redis === undefined ? undefined : await startRedis(ports.redis, dataDir)
  if (redis) servers.push(redis.server)
  const varnishOrigin = ports.varnish === undefined ? undefined : origin(ports.varnish)
  const firstInstance = ports.instances[0]
  const siteEnvironment = env({
    dataDir,
    siteUrl: varnishOrigin ?? origin(firstInstance),
    redisUrl: redis?.url,
    purgeUrls: varnishOrigin === undefined ? [] : [`${varnishOrigin}/`],
  })
  const instances = await Promise.all(
    ports.instances.map((port) => startInstance(siteEnvironment, port, dataDir)),
  )
  servers.push(...instances)
  // The load generator is one client asking as fast as it can: the abuse limits would answer it
  // 429 (the /search it loads when (a) is skipped reaches the site every time).
  if (ports.varnish !== undefined)
    servers.push((await startVarnish(ports.varnish, ports.instances, dataDir, BENCH_VARNISH_LIMITS)).server)
  const instanceOrigins = ports.instances.map(origin)
  const direct =
    name === 'b' ? [] : instanceOrigins.map((o) => ({ name: `instance ${new URL(o).port}`, origin: o }))
  return {
    name,
    publicOrigin: varnishOrigin ?? origin(firstInstance),
    instanceOrigins,
    observers: [
      ...(varnishOrigin === undefined ? [] : [{ name: 'Varnish', origin: varnishOrigin }]),
      ...direct,
    ],
    servers,
    instances,
    dataDir,
    env: siteEnvironment,
  }
}
