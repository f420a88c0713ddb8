import type { IncomingMessage, ServerResponse } from 'node:http'

import { createClient } from '@redis/client'
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { findRateLimitClass } from '../routes/routeTable.ts'

/** Sign-in attempts per client address that may fail within the window; one more is refused. */
export const SIGN_IN_ATTEMPTS = 10
export const SIGN_IN_WINDOW_SECONDS = 15 * 60

const SESSION_COOKIE = /(?:^|[\s,;])payload-token=[^;\s]/

/**
 * The count of sign-in attempts per client address: in this process's memory, or in Redis when
 * the site runs as several instances (REDIS_URL), falling back to memory while Redis is away.
 */
export function createSignInLimiter(redisUrl: string | undefined): RateLimiterAbstract {
  const options = { points: SIGN_IN_ATTEMPTS, duration: SIGN_IN_WINDOW_SECONDS, keyPrefix: 'sign-in' }
  const memory = new RateLimiterMemory(options)
  if (!redisUrl) return memory
  const client = createClient({ url: redisUrl, disableOfflineQueue: true })
  let reported = false
  client.on('error', (error: unknown) => {
    if (!reported) console.error(`Sign-in limits are counted in memory while Redis is away: ${String(error)}`)
    reported = true
  })
  client.on('ready', () => (reported = false))
  void client.connect().catch(() => undefined)
  return new RateLimiterRedis({
    ...options,
    keyPrefix: 'ev-country-profiles:sign-in',
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  })
}

function refuse(res: ServerResponse, msBeforeNext: number): void {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  res.writeHead(429, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': String(seconds),
  })
  // The shape of Payload's own errors, so the admin's login form shows the message.
  res.end(
    JSON.stringify({
      errors: [
        { message: `Too many sign-in attempts from your address. Please try again in ${seconds} seconds.` },
      ],
    }),
  )
}

/**
 * Counts a sign-in request (`POST` to a route of the sign-in class) against its client address and
 * answers 429 with Retry-After once the address has used up its attempts; a sign-in that succeeds
 * (its answer opens a session) gives its attempt back, so only failures and password-reset
 * requests add up. Resolves true when it answered the request itself.
 */
export async function limitSignIn(
  req: IncomingMessage,
  res: ServerResponse,
  limiter: RateLimiterAbstract,
  address: string,
): Promise<boolean> {
  const pathname = (req.url ?? '').split('?', 1)[0] ?? ''
  if (findRateLimitClass(req.method ?? '', pathname) !== 'sign-in') return false
  try {
    await limiter.consume(address)
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    refuse(res, refusal.msBeforeNext)
    return true
  }
  res.once('finish', () => {
    if (SESSION_COOKIE.test(String(res.getHeader('set-cookie') ?? ''))) void limiter.reward(address)
  })
  return false
}
