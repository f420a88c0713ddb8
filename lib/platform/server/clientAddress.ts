import { type BlockList, isIP } from 'node:net'

/** `::ffff:203.0.113.7` (IPv4 on a dual-stack socket) as `203.0.113.7`; anything else as it is. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  return mapped?.[1] ?? address
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address)
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/**
 * The address a request comes from, for per-client limits: the connecting address, unless that is
 * a trusted proxy, in which case the address it appended to `X-Forwarded-For` (walking further
 * left while those are trusted proxies too). An entry that is not an IP address is never believed.
 */
export function resolveClientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string {
  let client = plainAddress(remoteAddress ?? '')
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => plainAddress(hop.trim()))
    .filter(Boolean)
  while (isTrusted(client, trusted)) {
    const previous = hops.pop()
    if (previous === undefined || isIP(previous) === 0) break
    client = previous
  }
  return client || 'unknown'
}
