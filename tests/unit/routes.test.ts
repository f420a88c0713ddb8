import { describe, expect, it } from 'vitest'

import { decodeViewKey, EMPTY_VIEW_KEY, encodeViewKey } from '@/lib/platform/routes/viewKey'
import { LIST_VIEWS, resolveViewPath } from '@/lib/platform/routes/listViews'
import { findRoute, patternToRegExp, ROUTES } from '@/lib/platform/routes/routeTable'
import * as urls from '@/lib/domain/urls'
import { PUBLICATION_FILES_PREFIX } from '@/lib/platform/csp/policy'
import { checkBodySize } from '@/lib/platform/requests/bodyLimit'
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

describe('the map and compare choices', () => {
  it('keep a known choice, drop the default, and mark anything else as unknown', () => {
    expect(keyOf('/?map=plugin_share')).toEqual({ map: 'plugin_share' })
    expect(keyOf('/?map=PLUGIN_SHARE')).toEqual({ map: 'plugin_share' })
    expect(keyOf('/countries?q=bel&map=<script>')).toEqual({ q: 'bel', map: '?' })
    expect(view('/?map=')).toBe('/views/home/all')
    expect(keyOf('/compare?countries=belgium&measure=share&scale=log')).toEqual({
      countries: 'belgium',
      measure: 'share',
      scale: 'log',
    })
    expect(keyOf('/compare?measure=bogus&scale=cubic')).toEqual({ measure: '?', scale: '?' })
  })

  it('read the compare embed like the compare page, into a view of its own', () => {
    expect(view('/embed/compare?countries=belgium,france&measure=share')).toMatch(/^\/views\/embed-compare\//)
    expect(keyOf('/embed/compare?countries=Belgium,france&scale=log&x=1')).toEqual(
      keyOf('/compare?countries=belgium,france&scale=log'),
    )
    expect(view('/embed/countries/belgium')).toBeNull()
  })

  it('share one cache entry between an explicit default and none', () => {
    expect(view('/compare?countries=belgium&measure=registrations&scale=linear')).toBe(
      view('/compare?countries=belgium'),
    )
    // Every unknown value is the same entry: junk cannot fill the cache.
    expect(view('/compare?measure=a')).toBe(view('/compare?measure=b'))
  })
})

describe('the policies view', () => {
  it('keys page 1 like the list without a page, and any other page apart', () => {
    expect(view('/policies?page=1')).toBe(view('/policies'))
    expect(view('/policies?page=nonsense')).toBe(view('/policies'))
    expect(keyOf('/policies?topic=Charging&page=2')).toEqual({ topic: 'Charging', page: '2' })
  })
})

describe('the publications view', () => {
  it('keys the library by its four filters, whatever else the query holds', () => {
    expect(view('/publications?utm_source=x')).toBe('/views/publications/all')
    expect(keyOf('/publications?country=Belgium&year=2021&type=annual-report&task=27&x=1')).toEqual({
      country: 'belgium',
      task: '27',
      type: 'annual-report',
      year: '2021',
    })
    expect(view('/publications?type=poster')).toBe(view('/publications?type=leaflet'))
    expect(view('/publications/annual-report-2021')).toBeNull()
  })
})

describe('the proxy', () => {
  it('runs exactly for the pages of the route table that need it, the views, the API and draft mode', () => {
    const fromTable = ROUTES.filter((route) => route.view !== undefined || route.isPerRequest).map(
      (route) => route.pattern,
    )
    const literals = proxyConfig.matcher.filter((entry): entry is string => typeof entry === 'string')
    expect(new Set(literals)).toEqual(new Set([...fromTable, '/views', '/views/:path*', '/api/:path*']))
    expect(proxyConfig.matcher).toContainEqual(
      expect.objectContaining({ has: [{ type: 'cookie', key: '__prerender_bypass' }] }),
    )
  })

  it('sends every page of the table that has a view through it, and no other', () => {
    for (const { path } of LIST_VIEWS) expect(resolveViewPath(path, new URLSearchParams())).not.toBeNull()
    const others = ROUTES.filter((route) => route.view === undefined && !route.pattern.includes(':'))
    for (const route of others) expect(resolveViewPath(route.pattern, new URLSearchParams())).toBeNull()
  })
})

describe('the route table', () => {
  it('matches route patterns segment by segment', () => {
    expect(patternToRegExp('/').test('/')).toBe(true)
    expect(patternToRegExp('/countries/:slug').test('/countries/belgium')).toBe(true)
    expect(patternToRegExp('/countries/:slug').test('/countries/belgium/chart.svg')).toBe(false)
    expect(patternToRegExp('/api/media/:id?').test('/api/media')).toBe(true)
    expect(patternToRegExp('/api/media/:id?').test('/api/media/12')).toBe(true)
    expect(patternToRegExp('/admin/:path*').test('/admin/collections/countries/1')).toBe(true)
    expect(patternToRegExp('/compare/chart.svg').test('/compare/chartXsvg')).toBe(false)
  })

  it('lists every address the URL module builds', () => {
    const choice = { countries: ['belgium', 'norway'], measure: 'share', scale: 'log' } as const
    const country = urls.countryUrls('belgium')
    const built = [
      urls.HOME_PAGE,
      urls.COUNTRIES_PAGE,
      urls.POLICIES_PAGE,
      urls.TASKS_PAGE,
      urls.COMPARE_PAGE,
      urls.SEARCH_PAGE,
      urls.DATA_PAGE,
      urls.DATA_PACKAGE,
      urls.UPDATES_FEED,
      urls.OEMBED,
      urls.ALL_STATISTICS_CSV,
      urls.ALL_STATISTICS_JSON,
      ...Object.values(country),
      urls.taskPath(23),
      urls.policyPath('belgium-digital-economy', 'outlook'),
      urls.compareHref(choice),
      urls.compareCsvHref(choice),
      urls.compareEmbedHref(choice),
      urls.compareChartHref(choice, 'svg'),
      urls.compareChartHref(choice, 'png', 'bev'),
      urls.releasePage('1.0.0'),
      urls.releaseFile('latest', 'csv'),
      urls.releaseFile('1.0.0', 'json'),
      urls.releaseFile('1.0.0', 'dataPackage'),
      urls.PUBLICATIONS_PAGE,
      urls.PUBLICATIONS_FEED,
      ...Object.values(urls.publicationUrls('annual-report-2021')),
      urls.publicationFilePath('2021 annual report.pdf'),
      urls.pdfAtPage(urls.publicationFilePath('2021_annual_report.pdf'), 107),
    ]
    for (const address of built) {
      const { pathname } = new URL(address, 'http://site.test')
      expect(findRoute(pathname), address).toBeDefined()
    }
  })

  it('gives uploads their own body limits and every other API write 1 MB', () => {
    const upload = (pathname: string, megabytes: number) =>
      checkBodySize({
        method: 'POST',
        pathname,
        contentType: 'multipart/form-data; boundary=x',
        contentLength: String(megabytes * 1024 * 1024),
        transferEncoding: null,
      })
    expect(upload('/api/media', 15)).toBeNull()
    expect(upload('/api/media/12', 15)).toBeNull()
    expect(upload('/api/media', 25)?.status).toBe(413)
    expect(upload('/api/ev-statistics/csv', 5)?.status).toBe(413)
    expect(upload('/api/publications', 150)).toBeNull()
    expect(upload('/api/publications/7', 199)).toBeNull()
    expect(upload('/api/publications', 201)?.status).toBe(413)
    expect(upload('/api/publications/file/a.pdf', 2)?.status).toBe(413)
    expect(upload('/api/countries', 2)?.status).toBe(413)
  })

  it('serves the publications’ PDFs where their policy says, under a cache key of their own', () => {
    expect(findRoute(`${PUBLICATION_FILES_PREFIX}/2021%20report.pdf`)?.fileCacheTag).toBe('publication-files')
    expect(findRoute(urls.publicationFilePath('a.pdf'))?.fileCacheTag).toBe('publication-files')
  })
})
