import { draftMode, headers } from 'next/headers'

import { getPayloadClient } from '@/lib/data/payload'
import { isStaff } from '@/lib/domain/roles'
import type { User } from '@/payload-types'

/** Who a page reads for: anonymous visitors (published content, cached) or a previewing editor. */
export type Viewer = User | null

/**
 * The signed-in editor previewing drafts, or null. Draft mode alone is not enough: the
 * session must belong to staff, so a copied preview cookie shows nothing unpublished.
 */
export async function getDraftViewer(): Promise<Viewer> {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaff(user) ? user : null
}

/** Local API options: published documents for visitors, latest drafts for a previewing editor. */
export function readAs(viewer: Viewer): { overrideAccess: false; draft?: true; user?: User } {
  return viewer ? { overrideAccess: false, draft: true, user: viewer } : { overrideAccess: false }
}
