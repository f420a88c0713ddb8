import { getStatisticsListPage } from '@/lib/data/statisticsList'
import { parseStatisticsListQuery } from '@/lib/public-api/statisticsListQuery'
import { SHAREABLE_HEADER } from '@/lib/server/responseCache.mjs'
import { decodeViewKey } from '@/lib/views/viewKey'

type Context = { params: Promise<{ key: string }> }

/**
 * Anonymous `GET /api/ev-statistics?limit=…&page=…&depth=…&sort=…`, rewritten here by
 * proxy.ts and answered from the data cache; every other API request reaches Payload.
 */
export async function GET(_request: Request, { params }: Context) {
  const query = parseStatisticsListQuery(new URLSearchParams(decodeViewKey((await params).key)))
  if (query === null) return Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404 })
  const result = await getStatisticsListPage(query.limit, query.page, query.depth, query.sort)
  // The same for every visitor and expired with the statistics: the production server may
  // answer repeats itself (lib/server/responseCache.mjs).
  return Response.json(result, { headers: { [SHAREABLE_HEADER]: '1' } })
}
