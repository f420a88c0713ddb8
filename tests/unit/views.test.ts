import { describe, expect, it } from 'vitest'

import { decodeViewKey, EMPTY_VIEW_KEY, encodeViewKey } from '@/lib/views/viewKey'
import { LIST_VIEWS, listPlainViewRewrites, type ListPath } from '@/lib/views/listViews'
import { resolveApiViewPath, resolveViewPath } from '@/lib/views/routes'
import { config as proxyConfig } from '@/proxy'

const view = (path: string) => {
  const url = new URL(path, 'http://site.test')
  return resolveViewPath(url.pathname, url.searchParams)
}

const keyOf = (path: string) => decodeViewKey(view(path)?.split('/').at(-1) ?? '')

describe('view keys', () => {
  it('round-trip any text, including characters that need escaping in a URL', () => {
    const query = { q: 'Zürich / 100% & "more" ✓', topic: 'a=b&c' }
    const key = encodeViewKey(query)
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeViewKey(key)).toEqual(query)
  })

  it('are the same for the same query in any order, and "all" for an empty one', () => {
    expect(encodeViewKey({ a: '1', b: '2' })).toBe(encodeViewKey({ b: '2', a: '1' }))
    expect(encodeViewKey({ q: '' })).toBe(EMPTY_VIEW_KEY)
    expect(decodeViewKey(EMPTY_VIEW_KEY)).toEqual({})
  })

  it('decode garbage to the empty query', () => {
    expect(decodeViewKey('%%%')).toEqual({})
    expect(decodeViewKey('x'.repeat(5000))).toEqual({})
  })
})

describe('resolveViewPath', () => {
  it('routes the cached list pages and nothing else', () => {
    expect(view('/')).toBe('/views/home/all')
    expect(view('/?anything=1')).toBe('/views/home/all')
    expect(view('/countries')).toBe('/views/countries/all')
    expect(view('/countries/belgium')).toBeNull()
    expect(view('/search?q=bev')).toBeNull()
  })

  it('cleans the query so equivalent requests share one cache entry', () => {
    expect(view('/countries?q=%20bel%20&utm_source=x')).toBe(view('/countries?q=bel'))
    expect(keyOf('/countries?q=bel&q=ignored')).toEqual({ q: 'bel' })
    expect(view('/countries?q=')).toBe('/views/countries/all')
    expect(keyOf('/compare?countries=France,belgium,france,../etc')).toEqual({ countries: 'france,belgium' })
    expect(keyOf('/policies?topic=Digital%20Economy&country=belgium')).toEqual({
      country: 'belgium',
      topic: 'Digital Economy',
    })
    expect(keyOf('/tasks?status=ongoing')).toEqual({ status: 'ongoing' })
  })

  it('drops over-long filter values instead of caching them', () => {
    expect(view(`/countries?q=${'x'.repeat(101)}`)).toBe('/views/countries/all')
  })
})

describe('resolveApiViewPath', () => {
  const api = (path: string) => {
    const url = new URL(path, 'http://site.test')
    return resolveApiViewPath(url.pathname, url.searchParams)
  }

  it('serves the plain statistics list from the cache, with Payload defaults filled in', () => {
    expect(decodeViewKey(api('/api/ev-statistics')?.split('/').at(-1) ?? '')).toEqual({
      limit: '10',
      page: '1',
      depth: '2',
      sort: '-year',
    })
    expect(api('/api/ev-statistics?page=50&limit=10')).toBe(
      api('/api/ev-statistics?limit=10&page=50&depth=2'),
    )
  })

  it('leaves every other request to Payload', () => {
    for (const path of [
      '/api/ev-statistics?where[year][equals]=2020',
      '/api/ev-statistics?draft=true',
      '/api/ev-statistics?depth=3',
      '/api/ev-statistics?limit=0',
      '/api/ev-statistics?limit=101',
      '/api/ev-statistics?page=1&page=2',
      '/api/ev-statistics?sort=password',
      '/api/ev-statistics?select[year]=true',
      '/api/ev-statistics/1',
      '/api/countries',
    ]) {
      expect(api(path), path).toBeNull()
    }
  })
})

describe('the policies view', () => {
  it('keys page 1 like the list without a page, and any other page apart', () => {
    expect(view('/policies?page=1')).toBe(view('/policies'))
    expect(view('/policies?page=nonsense')).toBe(view('/policies'))
    expect(keyOf('/policies?topic=Charging&page=2')).toEqual({ topic: 'Charging', page: '2' })
  })
})

describe('list paths without a parameter they read', () => {
  it('are rewritten by next.config.ts to the view the proxy would choose', () => {
    const rewrites = listPlainViewRewrites()
    expect(rewrites.map((rewrite) => rewrite.source)).toEqual([
      '/',
      '/countries',
      '/compare',
      '/policies',
      '/tasks',
    ])
    for (const { source, destination, missing } of rewrites) {
      expect(destination).toBe(view(`${source}?unrelated=1`))
      expect(missing.map((condition) => condition.key)).toEqual(LIST_VIEWS[source as ListPath].params)
    }
  })

  it('reach the proxy exactly when one of the parameters is present', () => {
    const conditional = proxyConfig.matcher.filter((entry) => typeof entry !== 'string')
    const expected = Object.entries(LIST_VIEWS).flatMap(([path, { params }]) =>
      params.map((key) => ({ source: path, has: [{ type: 'query', key }] })),
    )
    expect(conditional).toEqual(expected)
    expect(proxyConfig.matcher).not.toContain('/countries')
    expect(proxyConfig.matcher).toContain('/api/:path*')
  })
})
