// One site of its own for a topology test: a fresh seeded database under data/topology/<name>,
// the production build, an admin account, and the servers it started, stopped at the end.
import path from 'node:path'

import { stopAll, type Server } from '@/scripts/topology/processes'
import { createSecrets, prepareSite, siteEnv, type SiteSettings } from '@/scripts/topology/site'

/** Ports of the topology tests: E2E_TOPOLOGY_PORT (default 3700) and the few after it. */
export function topologyPort(offset: number): number {
  return Number(process.env.E2E_TOPOLOGY_PORT ?? 3700) + offset
}

export const TOPOLOGY_ADMIN = { email: 'topology-admin@example.test', password: 'topology-Password-1' }

export type TopologySite = {
  env: NodeJS.ProcessEnv
  dataDir: string
  servers: Server[]
  stop: () => Promise<void>
}

/** Seeds a fresh database for the topology `name`; servers pushed to `servers` are stopped by `stop`. */
export async function createTopologySite(
  name: string,
  settings: Omit<SiteSettings, 'dataDir'>,
): Promise<TopologySite> {
  const dataDir = path.join('data', 'topology', name)
  const env = siteEnv({ ...settings, dataDir }, createSecrets())
  await prepareSite(env, dataDir)
  const servers: Server[] = []
  return { env, dataDir, servers, stop: () => stopAll(servers) }
}

/** Creates the first (admin) account on a fresh site and returns its API token. */
export async function signInAdmin(origin: string): Promise<string> {
  const headers = { 'Content-Type': 'application/json', Origin: origin }
  const register = await fetch(`${origin}/api/users/first-register`, {
    method: 'POST',
    headers,
    body: JSON.stringify(TOPOLOGY_ADMIN),
  })
  if (!register.ok) throw new Error(`first-register answered ${register.status}: ${await register.text()}`)
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify(TOPOLOGY_ADMIN),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`login answered ${login.status}`)
  return token
}

/** Belgium's 2018 statistic through the public API. */
export async function findBelgium2018(origin: string): Promise<{ id: number | string; bev: number }> {
  const response = await fetch(
    `${origin}/api/ev-statistics?where[year][equals]=2018&where[country.slug][equals]=belgium&depth=0`,
  )
  const { docs } = (await response.json()) as { docs: { id: number | string; bev: number }[] }
  const [statistic] = docs
  if (!statistic) throw new Error('Belgium has no 2018 statistic in the seed')
  return statistic
}

/** Sets Belgium's 2018 BEV figure through `origin`'s REST API, as an editor's save does. */
export async function saveBev(
  origin: string,
  token: string,
  id: number | string,
  bev: number,
): Promise<void> {
  const response = await fetch(`${origin}/api/ev-statistics/${id}`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ bev }),
  })
  if (!response.ok) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`)
}

/** "4,000" as the country page writes 4000. */
export const formatted = (value: number) => value.toLocaleString('en-US')
