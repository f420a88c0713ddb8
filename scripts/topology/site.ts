// The site as an operator runs it: a fresh seeded SQLite database and `next start` instances
// (the production build), optionally sharing Redis and purging a Varnish.
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { runToCompletion, type Server, startServer, waitForUrl, whenReady } from './processes'

/** What every instance of one site shares: its database, media, secrets and caches. */
export type SiteSettings = {
  /** Folder of the database, media and logs; emptied by {@link prepareSite}. */
  dataDir: string
  /** Build folder (NEXT_DIST_DIR), `.next` unless given. */
  distDir?: string
  redisUrl?: string
  purgeUrls?: readonly string[]
  /** The public origin (SITE_URL); also where CSRF accepts a session cookie from. */
  siteUrl: string
}

/** Environment of the instances and of scripts writing to their database (production mode). */
export function siteEnv(
  settings: SiteSettings,
  secrets: { payload: string; revalidate: string },
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: settings.distDir ?? '.next',
    DATABASE_URI: `file:${path.resolve(settings.dataDir, 'site.db')}`,
    MEDIA_DIR: path.join(settings.dataDir, 'media'),
    SITE_URL: settings.siteUrl,
    PAYLOAD_SECRET: secrets.payload,
    REVALIDATE_SECRET: secrets.revalidate,
  }
  delete env.REDIS_URL
  delete env.CACHE_PURGE_URL
  if (settings.redisUrl) env.REDIS_URL = settings.redisUrl
  if (settings.purgeUrls?.length) env.CACHE_PURGE_URL = settings.purgeUrls.join(',')
  return env
}

/** Random secrets for one site. */
export function createSecrets(): { payload: string; revalidate: string } {
  return { payload: randomBytes(32).toString('hex'), revalidate: randomBytes(32).toString('hex') }
}

/** Empties the data folder and seeds a fresh database (`npm run seed`); `signal` stops the seed. */
export async function prepareSite(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  signal?: AbortSignal,
): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  await runToCompletion('npm', ['run', 'seed'], env, signal)
}

/**
 * The production server as `npm start` runs it: one Node process with tsx as its loader. Not the
 * tsx command, which runs the server as a child and kills it (SIGKILL) when it does not confirm
 * a SIGTERM within 60 ms, as a busy server cannot: its graceful stop would never run.
 */
export const PRODUCTION_SERVER = ['scripts/start.mjs'] as const

/** Starts one instance (the production server, as `npm start` does) and waits until it answers. */
export async function startInstance(env: NodeJS.ProcessEnv, port: number, dataDir: string): Promise<Server> {
  const server = startServer(
    `site instance on port ${port}`,
    process.execPath,
    [...PRODUCTION_SERVER, '-p', String(port)],
    { env, logFile: path.join(dataDir, `instance-${port}.log`) },
  )
  return whenReady(server, waitForUrl(`http://127.0.0.1:${port}/robots.txt`, server))
}
