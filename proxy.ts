import { NextResponse, type NextRequest } from 'next/server'

import { checkBodySize, checkJsonSyntax, declaresJson } from '@/lib/requests/bodyLimit'
import { VIEWS_PREFIX } from '@/lib/views/listViews'
import { resolveApiViewPath, resolveViewPath } from '@/lib/views/routes'

// Payload's session cookie (default prefix "payload").
const SESSION_COOKIE = 'payload-token'

/** True when the request carries no credentials: it sees what every visitor sees. */
function isAnonymous(request: NextRequest): boolean {
  return !request.headers.has('authorization') && !request.cookies.has(SESSION_COOKIE)
}

/**
 * The request's own URL with another path. Built from `nextUrl` rather than `request.url`:
 * a URL whose host differs from the one the request came in on would make Next.js proxy
 * the request to itself over HTTP instead of rendering the route in place.
 */
function withPathname(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  return url
}

/**
 * API requests: refuse an oversized body before anything reads it, and a body that claims
 * to be JSON but is not (Payload would answer it with a 500); cache anonymous lists.
 */
async function handleApi(request: NextRequest): Promise<NextResponse> {
  const contentType = request.headers.get('content-type')
  let refusal = checkBodySize({
    method: request.method,
    pathname: request.nextUrl.pathname,
    contentType,
    contentLength: request.headers.get('content-length'),
    transferEncoding: request.headers.get('transfer-encoding'),
  })
  // The proxy reads its own copy of the body; the route still receives the original.
  if (refusal === null && request.body !== null && declaresJson(contentType)) {
    refusal = checkJsonSyntax(await request.text())
  }
  if (refusal !== null) {
    // The shape of Payload's own errors, so API clients handle it the same way.
    return NextResponse.json({ errors: [{ message: refusal.message }] }, { status: refusal.status })
  }
  if (request.method === 'GET' && isAnonymous(request)) {
    const viewPath = resolveApiViewPath(request.nextUrl.pathname, request.nextUrl.searchParams)
    if (viewPath !== null) return NextResponse.rewrite(withPathname(request, viewPath))
  }
  return NextResponse.next()
}

/**
 * Runs before routing. List pages are served from the cache: `/countries?q=bel` is
 * rewritten to the cached route `/views/countries/<key>` (see lib/views), rendered once
 * per normalised query and expired by the same tags as every other page; the browser
 * keeps its URL. API bodies over 1 MB (uploads aside) and malformed JSON are refused.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (pathname.startsWith('/api/')) return handleApi(request)
  // The internal routes are reachable only through the rewrites.
  const isInternal = pathname === VIEWS_PREFIX || pathname.startsWith(`${VIEWS_PREFIX}/`)
  const destination = isInternal ? '/not-found' : resolveViewPath(pathname, searchParams)
  if (destination === null) return NextResponse.next()
  return NextResponse.rewrite(withPathname(request, destination))
}

export const config = {
  // The cached list pages when they carry a parameter they read (without one, next.config.ts
  // rewrites them to their unfiltered view and the proxy need not run: tests/unit/views.test.ts
  // checks the two lists agree), the internal views, and the API. Next reads this literally.
  matcher: [
    { source: '/countries', has: [{ type: 'query', key: 'q' }] },
    { source: '/compare', has: [{ type: 'query', key: 'countries' }] },
    { source: '/policies', has: [{ type: 'query', key: 'country' }] },
    { source: '/policies', has: [{ type: 'query', key: 'topic' }] },
    { source: '/policies', has: [{ type: 'query', key: 'page' }] },
    { source: '/tasks', has: [{ type: 'query', key: 'status' }] },
    '/views',
    '/views/:path*',
    '/api/:path*',
  ],
}
