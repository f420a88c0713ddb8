import { TAGS } from '@/lib/platform/cache/tags'
import { getRelease, getReleaseSummaries } from '@/lib/data/readers/releases'
import { publicCacheHeaders } from '@/lib/platform/http'
import {
  findReleaseFile,
  malformedVersionMessage,
  readReleaseSegment,
  RELEASE_FILE_TYPES,
} from '@/lib/domain/open-data/releaseRoutes'
import { releaseFile } from '@/lib/domain/urls'

type Params = { params: Promise<{ version: string; file: string }> }

/** A published release never changes: any cache may keep its files for a year without asking. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

const refuse = (message: string, status: number) =>
  new Response(message, {
    status,
    // A version unknown today may be published tomorrow: kept only until a release is published.
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...publicCacheHeaders([TAGS.releases]) },
  })

/**
 * `/data/releases/<version>/<file>`: a frozen file served byte for byte as stored when the
 * release was published. `latest` redirects (307) to the newest numbered file rather than
 * serving its bytes: the address a reader ends on is the one to cite, the bytes are cached once
 * under their immutable address, and only the small redirect expires when a release is published
 * (its Surrogate-Key is the releases tag, which publishing purges).
 */
export async function GET(_request: Request, { params }: Params) {
  const { version: segment, file: name } = await params
  const file = findReleaseFile(name)
  if (!file)
    return refuse(
      `A release has no file "${name.slice(0, 60)}": ev-statistics.csv, ev-statistics.json or datapackage.json.`,
      404,
    )
  const asked = readReleaseSegment(segment)
  if (asked.kind === 'malformed') return refuse(malformedVersionMessage(segment), 400)
  if (asked.kind === 'latest') {
    const [newest] = await getReleaseSummaries()
    if (!newest) return refuse('No data release has been published yet.', 404)
    return new Response(null, {
      status: 307,
      // Relative: the same host and scheme however the site is reached (proxy, cache, localhost).
      headers: { Location: releaseFile(newest.version, file), ...publicCacheHeaders([TAGS.releases]) },
    })
  }
  const release = await getRelease(asked.version)
  if (!release) return refuse(`There is no release ${asked.version}.`, 404)
  return new Response(release.files[file], {
    headers: {
      'Content-Type': RELEASE_FILE_TYPES[file],
      ...(file === 'csv'
        ? { 'Content-Disposition': `attachment; filename="ev-statistics-${release.version}.csv"` }
        : {}),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': IMMUTABLE,
    },
  })
}
