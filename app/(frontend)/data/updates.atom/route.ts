import { connection } from 'next/server'

import { TAGS } from '@/lib/platform/cache/tags'
import { getCountrySummaries } from '@/lib/data/readers/countries'
import { getDataUpdates } from '@/lib/data/readers/dataUpdates'
import { getPublicationContext } from '@/lib/data/readers/liveDataset'
import { publicTextResponse } from '@/lib/platform/http'
import { buildUpdatesFeed } from '@/lib/domain/open-data/atomFeed'
import { describePublisher } from '@/lib/domain/open-data/statisticsJson'

/** `/data/updates.atom`: revised figures and new years of every published country, newest first. */
export async function GET() {
  // Rendered per request from the tagged data cache: the build never reads the database.
  await connection()
  const [updates, countries, context] = await Promise.all([
    getDataUpdates(''),
    getCountrySummaries(),
    getPublicationContext(),
  ])
  const feed = buildUpdatesFeed(updates, {
    siteUrl: context.siteUrl,
    publisher: describePublisher(context),
    countries: new Map(countries.map((country) => [String(country.id), country])),
    now: new Date().toISOString(),
  })
  return publicTextResponse(feed, 'application/atom+xml; charset=utf-8', [
    TAGS.countries,
    TAGS.statistics,
    TAGS.openData,
  ])
}
