import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cachedReader } from './cached'

/**
 * A page of the public REST list of statistics, exactly as Payload's REST handler answers
 * an anonymous visitor (same operation, same access), cached until statistics or countries
 * change: the list is the heaviest public API call (access filter, count, population).
 */
export const getStatisticsListPage = cachedReader(
  'statistics-list-page',
  [TAGS.statistics, TAGS.countries],
  async (limit: number, page: number, depth: number, sort: string) => {
    const payload = await getPayloadClient()
    return payload.find({ collection: 'ev-statistics', limit, page, depth, sort, overrideAccess: false })
  },
)
