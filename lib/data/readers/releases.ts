import type { Payload } from 'payload'

import { TAGS } from '@/lib/platform/cache/tags'
import { compareReleaseVersions, parseReleaseVersion } from '@/lib/domain/open-data/releaseVersion'
import type { ReleaseFile } from '@/lib/domain/urls'
import { getPayloadClient } from '@/lib/data/payload'
import type { DataRelease } from '@/payload-types'

import { cachedReader } from './cached'

/** What lists and pages show of a release. */
export type ReleaseSummary = {
  version: string
  notes: string | null
  publishedAt: string
  countryCount: number
  rowCount: number
  publisherName: string | null
  licence: { name: string; url: string } | null
}

/** A release with its frozen files, exactly as stored when it was published. */
export type Release = ReleaseSummary & { files: Record<ReleaseFile, string> }

function toSummary(doc: DataRelease): ReleaseSummary {
  return {
    version: doc.version,
    notes: doc.notes ?? null,
    publishedAt: doc.publishedAt ?? doc.createdAt,
    countryCount: doc.countryCount ?? 0,
    rowCount: doc.rowCount ?? 0,
    publisherName: doc.publisherName ?? null,
    licence: doc.licenceName && doc.licenceUrl ? { name: doc.licenceName, url: doc.licenceUrl } : null,
  }
}

/** Every release, newest version first (no cache). */
export async function readReleaseSummaries(payload: Payload): Promise<ReleaseSummary[]> {
  const { docs } = await payload.find({
    collection: 'data-releases',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map(toSummary).sort((a, b) => compareReleaseVersions(b.version, a.version))
}

/** A release with its files, or null when there is none of that version (no cache). */
export async function readRelease(payload: Payload, version: string): Promise<Release | null> {
  if (!parseReleaseVersion(version)) return null
  const { docs } = await payload.find({
    collection: 'data-releases',
    where: { version: { equals: version } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    // The frozen files are hidden from the API; the site serves them itself.
    showHiddenFields: true,
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    ...toSummary(doc),
    files: { csv: doc.csv ?? '', json: doc.json ?? '', dataPackage: doc.dataPackage ?? '' },
  }
}

/** Every release, newest first, cached until a release is published. */
export const getReleaseSummaries = cachedReader('release-summaries', [TAGS.releases], async () =>
  readReleaseSummaries(await getPayloadClient()),
)

/** One release with its files, cached (it never changes; a new release only adds one). */
export const getRelease = cachedReader('release', [TAGS.releases], async (version: string) =>
  readRelease(await getPayloadClient(), version),
)
