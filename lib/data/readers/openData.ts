import { TAGS } from '@/lib/platform/cache/tags'
import { getPayloadClient } from '@/lib/data/payload'

import { readOpenDataSettings } from '../published/openData'

import { cachedReader } from './cached'

/** The licence and publisher, cached until editors change them. */
export const getOpenDataSettings = cachedReader('open-data-settings', [TAGS.openData], async () =>
  readOpenDataSettings(await getPayloadClient()),
)
