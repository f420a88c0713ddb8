import { connection } from 'next/server'

import { getPublicationContext } from '@/lib/data/readers/liveDataset'
import { getPublicationSummaries } from '@/lib/data/readers/publications'
import { describePublisher } from '@/lib/domain/open-data/statisticsJson'
import { buildPublicationsFeed } from '@/lib/domain/publications/feed'
import { TAGS } from '@/lib/platform/cache/tags'
import { publicTextResponse } from '@/lib/platform/http'

/** `/publications/updates.atom`: the published publications, newest first. */
export async function GET() {
  // Rendered per request from the tagged data cache: the build never reads the database.
  await connection()
  const [publications, context] = await Promise.all([getPublicationSummaries(), getPublicationContext()])
  const feed = buildPublicationsFeed(publications, {
    siteUrl: context.siteUrl,
    publisher: describePublisher(context),
    now: new Date().toISOString(),
  })
  return publicTextResponse(feed, 'application/atom+xml; charset=utf-8', [TAGS.publications, TAGS.openData])
}
