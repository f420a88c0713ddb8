import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { getPayloadClient } from '@/lib/data/payload'
import { isSafeRedirectPath } from '@/lib/domain/urls'
import { isStaff } from '@/lib/domain/roles'

/**
 * `/preview?path=/countries/belgium`: for signed-in editors, turns on draft mode and opens the
 * page showing the latest drafts. Anyone else is sent to the admin login first.
 */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? ''
  if (!isSafeRedirectPath(path)) {
    return new Response('Preview needs a page path on this site, e.g. /preview?path=/countries/belgium', {
      status: 400,
    })
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff(user)) {
    redirect(`/admin/login?redirect=${encodeURIComponent(`/preview?path=${encodeURIComponent(path)}`)}`)
  }
  ;(await draftMode()).enable()
  redirect(path)
}
