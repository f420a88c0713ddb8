import { LATEST_RELEASE, parseReleaseVersion, RELEASE_VERSION_HINT } from './releaseVersion'
import { RELEASE_FILES, type ReleaseFile } from '@/lib/domain/urls'

const RELEASE_FILE_KEYS = ['csv', 'json', 'dataPackage'] as const satisfies readonly ReleaseFile[]

/** The type each frozen file is served with. */
export const RELEASE_FILE_TYPES: Record<ReleaseFile, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  dataPackage: 'application/json; charset=utf-8',
}

/** The release file a path segment names (`ev-statistics.csv`), or null. */
export function findReleaseFile(name: string): ReleaseFile | null {
  return RELEASE_FILE_KEYS.find((file) => RELEASE_FILES[file] === name) ?? null
}

/** What a `/data/releases/<version>` segment asks for. */
export type ReleaseRequest = { kind: 'latest' } | { kind: 'version'; version: string } | { kind: 'malformed' }

/** Reads the version segment of a release address: a numbered version, `latest`, or neither. */
export function readReleaseSegment(segment: string): ReleaseRequest {
  if (segment === LATEST_RELEASE) return { kind: 'latest' }
  return parseReleaseVersion(segment) ? { kind: 'version', version: segment } : { kind: 'malformed' }
}

/** What a malformed version is answered. */
export const malformedVersionMessage = (segment: string) =>
  `"${segment.slice(0, 40)}" is not a release version. ${RELEASE_VERSION_HINT} Use "latest" for the newest release.`
