/** A release version: the year, a dot and the release's number in that year ("2026.1"). */
export const RELEASE_VERSION_PATTERN = /^(\d{4})\.([1-9]\d{0,2})$/

/** The path segment that always names the newest release (`/data/releases/latest/…`). */
export const LATEST_RELEASE = 'latest'

/** What a malformed version is told. */
export const RELEASE_VERSION_HINT =
  'A release version is a year, a dot and a number from 1, like 2026.1 (no leading zeros, no other characters).'

/** The year and number of a well-formed version, or null. */
export function parseReleaseVersion(value: string): { year: number; number: number } | null {
  const match = RELEASE_VERSION_PATTERN.exec(value)
  if (!match?.[1] || !match[2]) return null
  return { year: Number(match[1]), number: Number(match[2]) }
}

/** Orders versions: by year, then by number ("2026.2" before "2026.10"); malformed ones first. */
export function compareReleaseVersions(a: string, b: string): number {
  const left = parseReleaseVersion(a)
  const right = parseReleaseVersion(b)
  if (!left || !right) return left ? 1 : right ? -1 : 0
  return left.year - right.year || left.number - right.number
}
