// The shipped VCL must write its path regexes as literals; this checks them against the one list of
// route facts (lib/platform/routes/routeTable.ts), and its limits against what must never trip them.
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { DEFAULT_SHUTDOWN_DRAIN_SECONDS } from '@/lib/platform/env'
import {
  findRateLimitClass,
  findRoute,
  RATE_LIMIT_METHODS,
  ROUTES,
  type RateLimitClass,
} from '@/lib/platform/routes/routeTable'
import { readThrottleLimits, withThrottleLimits } from '@/scripts/topology/varnishLimits'

const VCL = readFileSync('deploy/varnish/default.vcl', 'utf8')
const METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE']

/** The VCL's classes in order: the methods and the URL each line of `sub throttle_class` matches. */
const VCL_CLASSES = [
  ...VCL.matchAll(
    /req\.method ~ "([^"]+)" && req\.url ~ "([^"]+)"\) \{ set req\.http\.x-throttle = "([\w-]+)"; \}/g,
  ),
].map(([, methods = '', url = '', name = '']) => ({
  methods: new RegExp(methods),
  url: new RegExp(url),
  name,
}))

/** The VCL's health-check address: the one URL it passes before anything else. */
const HEALTH_URL = new RegExp(/# Health checks[^\n]*\n\s*if \(req\.url ~ "([^"]+)"\)/.exec(VCL)?.[1] ?? '^$')

function vclClass(method: string, url: string): string | undefined {
  return VCL_CLASSES.find((line) => line.methods.test(method) && line.url.test(url))?.name
}

/** Addresses of each route: parameters filled in, optional parts with and without. */
function samples(pattern: string): string[] {
  const filled = pattern.replace(/:\w+(?![?*\w])/g, 'belgium')
  if (filled.endsWith('?')) return [filled.replace(/\/:\w+\?$/, ''), filled.replace(/:\w+\?$/, '12')]
  if (filled.endsWith('*')) return [filled.replace(/\/:\w+\*$/, ''), filled.replace(/:\w+\*$/, 'a/b')]
  return [filled]
}

// Addresses beside the table's, that no class or health check may take by accident.
const NEAR_MISSES = [
  '/searching',
  '/search/more',
  '/compare/chart.pngx',
  '/countries/belgium/chart.png/x',
  '/embed/compare/chart.png',
  '/apix',
  '/api/healthz',
  '/api/status',
  '/api/version',
  '/api/countries',
  '/api/users/me',
  '/api/users/logout',
]

const ADDRESSES = [...ROUTES.flatMap((route) => samples(route.pattern)), ...NEAR_MISSES]

describe('the shipped VCL against the route table', () => {
  it('has a line for every abuse-limit class, in the form the checks read', () => {
    expect(VCL_CLASSES.map((line) => line.name).sort()).toEqual(Object.keys(RATE_LIMIT_METHODS).sort())
    expect(Object.keys(readThrottleLimits(VCL)).sort()).toEqual(Object.keys(RATE_LIMIT_METHODS).sort())
  })

  it('counts each request in the class the table gives its route and method, and no other', () => {
    for (const path of ADDRESSES) {
      for (const method of METHODS) {
        const expected = findRateLimitClass(method, path)
        expect(vclClass(method, path), `${method} ${path}`).toBe(expected)
        expect(vclClass(method, `${path}?q=a,b`), `${method} ${path}?q=a,b`).toBe(expected)
      }
    }
  })

  it('passes exactly the health checks of the table, and probes readiness', () => {
    for (const path of ADDRESSES) {
      const isHealthCheck = findRoute(path)?.isHealthCheck === true
      expect(HEALTH_URL.test(path), path).toBe(isHealthCheck)
      expect(HEALTH_URL.test(`${path}?verbose=1`), path).toBe(isHealthCheck)
    }
    const probe = /\.probe = \{\s*\.url = "([^"]+)"/.exec(VCL)?.[1] ?? ''
    expect(findRoute(probe)?.isHealthCheck).toBe(true)
    expect(probe).toBe('/api/ready')
  })

  it('never limits a health check', () => {
    for (const route of ROUTES.filter((candidate) => candidate.isHealthCheck)) {
      expect(findRateLimitClass('GET', route.pattern)).toBeUndefined()
      expect(vclClass('GET', route.pattern)).toBeUndefined()
    }
  })
})

describe('the shipped limits', () => {
  const limits = readThrottleLimits(VCL)
  // vsthrottle adds whole requests only: irregular traffic sustains about ln 2 of the rate.
  const sustainedPerMinute = (name: RateLimitClass) => {
    const limit = limits[name]
    if (!limit) throw new Error(`no limit for ${name}`)
    return Math.LN2 * limit.limit * (60 / limit.periodSeconds)
  }

  it('let an office of ten editors autosave every 2 s', () => {
    expect(10 * 30).toBeLessThanOrEqual(sustainedPerMinute('write'))
  })

  it('let a person search and open charts a few times a minute, but not a burst of 300', () => {
    expect(sustainedPerMinute('search')).toBeGreaterThanOrEqual(10)
    expect(sustainedPerMinute('chart')).toBeGreaterThanOrEqual(10)
    expect(limits.search?.limit).toBeLessThan(300)
  })

  it('are outlasted by the drain of a stopping server: the probe marks it sick first', () => {
    const probe =
      /\.interval = (\d+)s;\s*\.timeout = (\d+)s;\s*\.window = (\d+);\s*\.threshold = (\d+);/.exec(VCL)
    const [interval, , window, threshold] = (probe?.slice(1) ?? []).map(Number)
    if (interval === undefined || window === undefined || threshold === undefined) throw new Error('no probe')
    // Failures in a row that take a healthy backend below its threshold, one per interval.
    const secondsToSick = interval * (window - threshold + 1)
    expect(DEFAULT_SHUTDOWN_DRAIN_SECONDS).toBeGreaterThanOrEqual(secondsToSick + 0.5)
  })
})

describe('rewriting the limits', () => {
  it('turns every limit off, or changes one class and keeps the others', () => {
    expect(() => readThrottleLimits(withThrottleLimits(VCL, 'off'))).toThrow(/no abuse limits/)
    expect(withThrottleLimits(VCL, 'off')).toContain('sub throttle_limits {\n}')
    const raised = readThrottleLimits(
      withThrottleLimits(VCL, { search: { limit: 5000, periodSeconds: 1, blockSeconds: 1 } }),
    )
    expect(raised.search).toEqual({ limit: 5000, periodSeconds: 1, blockSeconds: 1 })
    expect(raised.write).toEqual(readThrottleLimits(VCL).write)
  })

  it('refuses a class the VCL does not have', () => {
    expect(() =>
      withThrottleLimits(VCL, { searches: { limit: 1, periodSeconds: 1, blockSeconds: 1 } }),
    ).toThrow(/no abuse limit class searches/)
  })
})
