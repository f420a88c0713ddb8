import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { isSafeRedirectPath } from '@/lib/domain/urls'

/** `/preview/exit`: leaves draft mode and returns to the published page. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  redirect(isSafeRedirectPath(path) ? path : '/')
}
