import type { Payload } from 'payload'

import { TAGS } from '@/lib/platform/cache/tags'
import { resolveOpenDataSettings, type OpenDataSettings } from '@/lib/domain/open-data/settings'
import { getPayloadClient } from '@/lib/data/payload'

import { cachedReader } from './cached'

/** The licence and publisher editors set, with defaults for what is not set (no cache). */
export async function readOpenDataSettings(payload: Payload): Promise<OpenDataSettings> {
  const stored = await payload.findGlobal({ slug: 'open-data', depth: 0, overrideAccess: false })
  return resolveOpenDataSettings(stored)
}

/** The licence and publisher, cached until editors change them. */
export const getOpenDataSettings = cachedReader('open-data-settings', [TAGS.openData], async () =>
  readOpenDataSettings(await getPayloadClient()),
)
