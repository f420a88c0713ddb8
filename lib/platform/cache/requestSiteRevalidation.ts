import { resolveSiteUrl } from '@/lib/platform/env'
import { describeError } from '@/lib/platform/errors'

import { ALL_TAGS, type CacheTag } from './tags'

/**
 * Asks the running site (`SITE_URL`) to expire cached pages after a script wrote to the
 * database, authenticated with `REVALIDATE_SECRET`. Returns a line for the script to print;
 * never throws, because the data is already safely written.
 */
export async function requestSiteRevalidation(tags: readonly CacheTag[] = ALL_TAGS): Promise<string> {
  const secret = process.env.REVALIDATE_SECRET?.trim()
  let site: string
  try {
    site = resolveSiteUrl()
  } catch (error) {
    return `Pages not refreshed: ${describeError(error)}`
  }
  if (!secret)
    return `Pages not refreshed: set REVALIDATE_SECRET (the same as the site's) to refresh ${site} at once.`
  try {
    const response = await fetch(`${site}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (response.ok) return `Refreshed the pages of the running site at ${site}.`
    return `Pages not refreshed: ${site} answered ${response.status} ${response.statusText}.`
  } catch (error) {
    return `Pages not refreshed: the site at ${site} is not reachable (${describeError(error)}).`
  }
}
