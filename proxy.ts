import { NextResponse, type NextRequest } from 'next/server'

import { inlineDisposition } from '@/lib/domain/publications/contentDisposition'
import { PUBLIC_CACHE_CONTROL, SURROGATE_CONTROL } from '@/lib/platform/cache/publicResponse.mjs'
import { ALL_TAGS } from '@/lib/platform/cache/tags'
import { createNoncePolicy } from '@/lib/platform/csp/nonce'
import { checkBodySize, checkJsonSyntax, declaresJson } from '@/lib/platform/requests/bodyLimit'
import { resolveViewPath } from '@/lib/platform/routes/listViews'
import { findRoute, VIEWS_PREFIX } from '@/lib/platform/routes/routeTable'

// Payload's session cookie (default prefix "payload") and Next's draft-mode cookie.
const SESSION_COOKIE = 'payload-token'
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** Never stored by any cache: answers for one signed-in person or one request. */
const PRIVATE_CACHE_CONTROL = 'private, no-store'

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

/** The file name in a file route's last segment, as the client asked for it. */
function fileNameOf(pathname: string): string {
  const segment = pathname.slice(pathname.lastIndexOf('/') + 1)
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * How a cache may keep an API answer: an anonymous read is the same for everyone and expires
 * with any content change (every tag), a file of a file route only with its own tag (a large PDF
 * stays cached while statistics change); anything else is private. A file is shown in the
 * browser under its own name, never sniffed as another type.
 */
function setApiCaching(request: NextRequest, response: NextResponse): NextResponse {
  const { pathname } = request.nextUrl
  const fileTag = findRoute(pathname)?.fileCacheTag
  if (fileTag) {
    response.headers.set('Content-Disposition', inlineDisposition(fileNameOf(pathname)))
    response.headers.set('X-Content-Type-Options', 'nosniff')
  }
  const isPublicRead = (request.method === 'GET' || request.method === 'HEAD') && isAnonymous(request)
  if (!isPublicRead) {
    response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
    return response
  }
  response.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
  response.headers.set('Surrogate-Control', SURROGATE_CONTROL)
  response.headers.set('Surrogate-Key', fileTag ?? ALL_TAGS.join(' '))
  // A cache must not hand an anonymous answer to a signed-in editor, nor the answer for the site's
  // own origin (with its CORS header) to another.
  response.headers.set('Vary', 'Cookie, Authorization, Origin')
  return response
}

/**
 * API requests: refuse an oversized body before anything reads it, and a body that claims to
 * be JSON but is not (Payload would answer it with a 500); say how caches may keep the answer.
 */
async function handleApi(request: NextRequest): Promise<NextResponse> {
  // Health checks say how this instance is now: never kept by any cache.
  if (findRoute(request.nextUrl.pathname)?.isHealthCheck) {
    const response = NextResponse.next()
    response.headers.set('Cache-Control', 'no-store')
    return response
  }
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
    const response = NextResponse.json({ errors: [{ message: refusal.message }] }, { status: refusal.status })
    response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
    return response
  }
  return setApiCaching(request, NextResponse.next())
}

/** Pages rendered per request (admin, search, previews) get a nonce for their inline scripts. */
function rendersPerRequest(request: NextRequest): boolean {
  return findRoute(request.nextUrl.pathname)?.isPerRequest === true || request.cookies.has(DRAFT_MODE_COOKIE)
}

/**
 * Runs before routing: list pages are rewritten to their cached views (lib/platform/routes/listViews.ts),
 * pages rendered per request get a nonce Content-Security-Policy, and API requests are checked
 * and marked public or private for caches.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (pathname.startsWith('/api/')) return handleApi(request)
  // The internal routes are reachable only through the rewrites.
  const isInternal = pathname === VIEWS_PREFIX || pathname.startsWith(`${VIEWS_PREFIX}/`)
  const destination = isInternal ? '/not-found' : resolveViewPath(pathname, searchParams)
  if (!rendersPerRequest(request)) {
    return destination === null
      ? NextResponse.next()
      : NextResponse.rewrite(withPathname(request, destination))
  }
  const policy = createNoncePolicy(pathname)
  const headers = new Headers(request.headers)
  headers.set(...policy.requestHeader)
  const response =
    destination === null
      ? NextResponse.next({ request: { headers } })
      : NextResponse.rewrite(withPathname(request, destination), { request: { headers } })
  response.headers.set(...policy.responseHeader)
  return response
}

export const config = {
  // Next reads this literally: the pages served through views and the pages rendered per request
  // of lib/platform/routes/routeTable.ts (tests/unit/routes.test.ts checks they agree), the internal
  // views, the API, and any page requested in draft mode.
  matcher: [
    '/',
    '/countries',
    '/compare',
    '/embed/compare',
    '/policies',
    '/tasks',
    '/data',
    '/publications',
    '/views',
    '/views/:path*',
    '/api/:path*',
    '/admin',
    '/admin/:path*',
    '/search',
    { source: '/((?!_next/|flags/).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
  ],
}
