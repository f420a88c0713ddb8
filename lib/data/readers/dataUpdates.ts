import type { Payload } from 'payload'

import { TAGS } from '@/lib/platform/cache/tags'
import { findDataUpdates, type DataUpdate, type StatisticVersion } from '@/lib/domain/open-data/revisions'
import { getPayloadClient } from '@/lib/data/payload'

import { cachedReader } from './cached'
import { readCountrySummaries } from '../published/countries'
import { relatedId } from '../relations'

const count = (value: number | null | undefined) => value ?? null

/**
 * The saved versions of the statistics of these countries. Versions are staff-only through the
 * API, so they are read with access overridden, and only ever for published countries.
 */
async function readStatisticVersions(payload: Payload, countryIds: readonly (number | string)[]) {
  if (countryIds.length === 0) return []
  const { docs } = await payload.findVersions({
    collection: 'ev-statistics',
    where: { 'version.country': { in: [...countryIds] } },
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    overrideAccess: true,
  })
  return docs.map(
    (doc): StatisticVersion => ({
      id: String(doc.id),
      parent: String(relatedId(doc.parent)),
      savedAt: doc.createdAt,
      countryId: String(relatedId(doc.version.country)),
      year: doc.version.year,
      figures: {
        bev: count(doc.version.bev),
        phev: count(doc.version.phev),
        hev: count(doc.version.hev),
        totalNewCars: count(doc.version.totalNewCars),
      },
      source: doc.version.source ?? null,
      note: doc.version.changeNote ?? null,
      isEditorial: doc.version.isEditorialChange === true,
    }),
  )
}

/**
 * Revisions and new years of published countries (all of them, or the one with `countryId`),
 * newest first. Drafts never reach it: an unpublished country's statistics are left out.
 */
export async function readDataUpdates(payload: Payload, countryId?: number | string): Promise<DataUpdate[]> {
  const published = (await readCountrySummaries(payload)).map((country) => country.id)
  const ids = countryId === undefined ? published : published.filter((id) => String(id) === String(countryId))
  return findDataUpdates(await readStatisticVersions(payload, ids))
}

/** The same, cached until statistics or countries change. `''` reads every country. */
export const getDataUpdates = cachedReader(
  'data-updates',
  [TAGS.statistics, TAGS.countries],
  async (countryId: string) =>
    readDataUpdates(await getPayloadClient(), countryId === '' ? undefined : countryId),
)
