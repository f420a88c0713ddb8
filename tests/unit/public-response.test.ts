import { describe, expect, it } from 'vitest'

import {
  addPublicHeaders,
  PUBLIC_CACHE_CONTROL,
  scriptPolicyOf,
  SURROGATE_CONTROL,
  surrogateKeysOf,
} from '@/lib/platform/cache/publicResponse.mjs'
import { scriptHashSource } from '@/lib/platform/csp/inlineScripts.mjs'

const PAGE =
  '<html><head><script src="/_next/static/a.js" async></script></head>' +
  '<body><p>x</p><script>self.__next_f.push([0])</script><script>self.__next_f.push([1,"a"])</script>' +
  '<script>self.__next_f.push([0])</script></body></html>'

describe('surrogateKeysOf', () => {
  it('lists the tags Next rendered the entry with, without its implicit path tags', () => {
    const headers = {
      'x-next-cache-tags': 'countries,ev-statistics,_N_T_/layout,_N_T_/countries/belgium,countries',
    }
    expect(surrogateKeysOf(headers)).toEqual(['countries', 'ev-statistics'])
  })

  it('is empty without tags', () => {
    expect(surrogateKeysOf({})).toEqual([])
    expect(surrogateKeysOf({ 'x-next-cache-tags': '_N_T_/layout' })).toEqual([])
  })
})

describe('scriptPolicyOf', () => {
  it("allows the site's files and each inline script of the page once", () => {
    expect(scriptPolicyOf(PAGE)).toBe(
      `script-src 'self' ${scriptHashSource('self.__next_f.push([0])')} ${scriptHashSource('self.__next_f.push([1,"a"])')}`,
    )
  })

  it('never allows inline scripts wholesale', () => {
    expect(scriptPolicyOf(PAGE)).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    expect(scriptPolicyOf('<p>no scripts</p>')).toBe("script-src 'self'")
  })
})

describe('addPublicHeaders', () => {
  it('marks a cached page public, keyed by its tags, with the hashes of its scripts', () => {
    const headers: Record<string, unknown> = { 'x-next-cache-tags': 'countries,_N_T_/layout' }
    const value = { kind: 'APP_PAGE', html: PAGE, headers }
    addPublicHeaders(value)
    expect(value.headers).toBe(headers)
    expect(headers).toMatchObject({
      'cache-control': PUBLIC_CACHE_CONTROL,
      'surrogate-control': SURROGATE_CONTROL,
      'surrogate-key': 'countries',
      'content-security-policy': scriptPolicyOf(PAGE),
    })
  })

  it('marks a cached route public without a script policy, and leaves other entries alone', () => {
    const route: { kind: string; headers?: Record<string, unknown> } = { kind: 'APP_ROUTE' }
    addPublicHeaders(route)
    expect(route.headers).toEqual({
      'cache-control': PUBLIC_CACHE_CONTROL,
      'surrogate-control': SURROGATE_CONTROL,
    })
    const data: { kind: string; headers?: Record<string, unknown> } = { kind: 'FETCH' }
    addPublicHeaders(data)
    expect(data.headers).toBeUndefined()
  })

  it("keeps a route's own Cache-Control", () => {
    const headers = { 'cache-control': 'public, max-age=31536000, immutable' }
    addPublicHeaders({ kind: 'APP_ROUTE', headers })
    expect(headers).toEqual({ 'cache-control': 'public, max-age=31536000, immutable' })
  })

  it('lets a shared cache that is never purged keep a page one second at most', () => {
    expect(PUBLIC_CACHE_CONTROL).toMatch(/(^|, )s-maxage=1(,|$)/)
    expect(PUBLIC_CACHE_CONTROL).toMatch(/(^|, )max-age=0(,|$)/)
    expect(PUBLIC_CACHE_CONTROL).not.toMatch(/stale-while-revalidate/)
  })
})
