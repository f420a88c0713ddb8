import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { BlockList, isIP } from 'node:net'
import path from 'node:path'

import { ConfigError } from './errors.ts'

export const MIN_SECRET_LENGTH = 32

const DEV_SECRET_FILE = path.join('data', '.payload-secret.dev')

/** True while `next build` runs: nothing may need a database or a runtime secret then. */
export function isBuildPhase(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NEXT_PHASE === 'phase-production-build'
}

function readOrCreateDevSecret(): string {
  if (existsSync(DEV_SECRET_FILE)) return readFileSync(DEV_SECRET_FILE, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(DEV_SECRET_FILE), { recursive: true })
  writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 })
  return secret
}

/**
 * The secret Payload signs tokens with. Production requires `PAYLOAD_SECRET` of at least
 * 32 characters; development and tests fall back to a random secret kept in `data/`
 * (never committed) so sessions survive restarts.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (isBuildPhase(env)) return secret || 'build-phase-placeholder-never-used-at-runtime'
  if (env.NODE_ENV === 'production') {
    if (!secret) {
      throw new ConfigError(
        `PAYLOAD_SECRET is not set. Production needs a random secret of at least ${MIN_SECRET_LENGTH} characters (for example: openssl rand -hex 32).`,
      )
    }
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `PAYLOAD_SECRET is too short (${secret.length} characters). Production needs at least ${MIN_SECRET_LENGTH}.`,
      )
    }
    return secret
  }
  if (secret) return secret
  return env.NODE_ENV === 'test' ? randomBytes(32).toString('hex') : readOrCreateDevSecret()
}

/** Public address of the site, used for canonical URLs and for revalidation requests. */
export function resolveSiteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SITE_URL?.trim() || 'http://localhost:3000'
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`SITE_URL is not a valid URL: "${raw}". Example: https://ev.example.org`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`SITE_URL must start with http:// or https:// (got "${raw}").`)
  }
  return url.origin
}

/**
 * The shared secret of `POST /api/revalidate`, or undefined when the endpoint is disabled.
 * In production a secret that is set must be at least 32 characters.
 */
export function resolveRevalidateSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env.REVALIDATE_SECRET?.trim()
  if (!secret) return undefined
  if (env.NODE_ENV === 'production' && secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      `REVALIDATE_SECRET is too short (${secret.length} characters). Production needs at least ${MIN_SECRET_LENGTH}, or leave it unset to disable /api/revalidate.`,
    )
  }
  return secret
}

/**
 * Origins whose browser requests may use a session cookie (CSRF) and read the API from
 * script (CORS): the site's own origin; in development also the loopback twins of the dev
 * server, so `localhost` and `127.0.0.1` both work.
 */
export function resolveAllowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = [resolveSiteUrl(env)]
  if (env.NODE_ENV !== 'production') {
    const port = env.PORT?.trim() || '3000'
    origins.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`)
  }
  return [...new Set(origins)]
}

/** How long a stopping server keeps answering by default: the shipped Varnish probe needs about 2 s. */
export const DEFAULT_SHUTDOWN_DRAIN_SECONDS = 3
const MAX_SHUTDOWN_DRAIN_SECONDS = 60

/**
 * `SHUTDOWN_DRAIN_SECONDS`: after SIGTERM, how long the server keeps answering while readiness
 * says 503, so load balancers stop sending it requests before it stops accepting them.
 */
export function resolveShutdownDrainMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SHUTDOWN_DRAIN_SECONDS?.trim()
  if (!raw) return DEFAULT_SHUTDOWN_DRAIN_SECONDS * 1000
  const seconds = Number(raw)
  if (!/^\d+(\.\d+)?$/.test(raw) || seconds > MAX_SHUTDOWN_DRAIN_SECONDS) {
    throw new ConfigError(
      `SHUTDOWN_DRAIN_SECONDS must be a number of seconds from 0 to ${MAX_SHUTDOWN_DRAIN_SECONDS} (got "${raw}").`,
    )
  }
  return Math.round(seconds * 1000)
}

/**
 * `TRUSTED_PROXIES`: the addresses (or CIDR ranges) of the proxies in front of the server whose
 * `X-Forwarded-For` names the client, e.g. `127.0.0.1,10.0.0.0/8`. Unset: none, and every client
 * is the address that connected.
 */
export function resolveTrustedProxies(env: Record<string, string | undefined> = process.env): BlockList {
  const list = new BlockList()
  const entries = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/')
    const family = isIP(address)
    const bits = prefix === undefined ? null : Number(prefix)
    const maxBits = family === 6 ? 128 : 32
    if (
      family === 0 ||
      rest.length > 0 ||
      (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))
    ) {
      throw new ConfigError(
        `TRUSTED_PROXIES has "${entry}", which is neither an IP address nor a CIDR range. Example: TRUSTED_PROXIES=127.0.0.1,::1,10.0.0.0/8`,
      )
    }
    const type = family === 6 ? 'ipv6' : 'ipv4'
    if (bits === null) list.addAddress(address, type)
    else list.addSubnet(address, bits, type)
  }
  return list
}
