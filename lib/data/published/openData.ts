import type { Payload } from 'payload'

import { resolveOpenDataSettings, type OpenDataSettings } from '@/lib/domain/open-data/settings'

/** The licence and publisher editors set, with defaults for what is not set (no cache). */
export async function readOpenDataSettings(payload: Payload): Promise<OpenDataSettings> {
  const stored = await payload.findGlobal({ slug: 'open-data', depth: 0, overrideAccess: false })
  return resolveOpenDataSettings(stored)
}
