import { describe, expect, it } from 'vitest'

import { parseBenchArgs, PORTS_PER_RUN } from '@/scripts/bench/args'
import { evaluateBudgets } from '@/scripts/bench/budgets'
import { SEARCH_LOAD } from '@/scripts/bench/search-load'
import type { LoadFigures } from '@/scripts/bench/load'
import { type BenchMeasurements, type LoadRow, loadRow } from '@/scripts/bench/result'
import { baselinePorts, topologyPorts } from '@/scripts/bench/topologies'
import { parseWrkReport } from '@/scripts/bench/wrk'
import { nginxConfig } from '@/scripts/topology/nginx'
import { plainVcl, vclFor } from '@/scripts/topology/varnish'

const REPORT = `Running 3s test @ http://127.0.0.1:3901/countries/belgium
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.61ms    8.02ms 112.47ms   83.41%
    Req/Sec     1.31k   211.49     1.73k    70.00%
  Latency Distribution
     50%   10.92ms
     75%   15.01ms
     90%   21.33ms
     99%  850.00us
  7846 requests in 3.01s, 93.10MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:   2606.64
Transfer/sec:     30.93MB
`

describe('parseWrkReport', () => {
  it('reads requests, time, percentiles in any unit, bad statuses and socket errors', () => {
    expect(parseWrkReport(REPORT)).toEqual({
      requests: 7846,
      seconds: 3.01,
      p50Ms: 10.92,
      p99Ms: 0.85,
      badStatus: 4,
      socketErrors: 5,
    })
  })

  it('counts no errors when wrk reports none, and reads minutes', () => {
    const clean = REPORT.replace(/^\s*(Socket|Non-2xx).*\n/gm, '').replace('in 3.01s', 'in 1.00m')
    expect(parseWrkReport(clean)).toMatchObject({ seconds: 60, badStatus: 0, socketErrors: 0 })
  })

  it('refuses a report without latency distribution, quoting it', () => {
    expect(() => parseWrkReport('unable to connect to 127.0.0.1:3901 Connection refused')).toThrow(
      /no request count .*Connection refused/s,
    )
  })
})

const SHIPPED = `vcl 4.1;
import std;
import xkey;

backend site {
    .host = "127.0.0.1";
    .port = "3000";
    .probe = {
        .url = "/robots.txt";
    }
}

sub vcl_recv {
    if (std.healthy(req.backend_hint)) { set req.grace = 0s; }
}
`

describe('vclFor', () => {
  it('moves the one backend to the given port and changes nothing else', () => {
    expect(vclFor(3902, SHIPPED)).toBe(SHIPPED.replace('"3000"', '"3902"'))
  })

  it('puts several instances behind a round-robin director chosen before the shipped vcl_recv', () => {
    const vcl = vclFor([3904, 3905], SHIPPED)
    expect(vcl).toContain('import xkey;\nimport directors;\n')
    expect(vcl).not.toContain('backend site {')
    expect(vcl).toMatch(
      /backend site_1 \{\n {4}\.host = "127\.0\.0\.1";\n {4}\.port = "3904";[^]*\.url = "\/robots\.txt";/,
    )
    expect(vcl).toContain('backend site_2 {\n    .host = "127.0.0.1";\n    .port = "3905";')
    expect(vcl).toContain('instances.add_backend(site_1);\n    instances.add_backend(site_2);')
    const chosen = vcl.indexOf('set req.backend_hint = instances.backend();')
    expect(chosen).toBeGreaterThan(0)
    expect(chosen).toBeLessThan(vcl.indexOf('std.healthy(req.backend_hint)'))
  })

  it('fails loudly when the shipped file no longer has the backend it rewrites', () => {
    expect(() => vclFor([3904, 3905], SHIPPED.replace('"3000"', '"8080"'))).toThrow(/no longer declares/)
  })
})

describe('nginxConfig', () => {
  it('serves the page from its files, precompressed, with the Content-Type the site sent', () => {
    const page = {
      urlPath: '/countries/belgium',
      contentType: 'text/html; charset=utf-8',
      plain: Buffer.from(''),
      gzip: Buffer.from(''),
    }
    const config = nginxConfig(3900, '/srv/bench/nginx', page)
    expect(config).toContain('listen 127.0.0.1:3900;')
    expect(config).toContain('root /srv/bench/nginx/root;')
    expect(config).toMatch(
      /location = \/countries\/belgium \{[^}]*types \{ \}\s+default_type "text\/html; charset=utf-8";[^}]*gzip_static on;/,
    )
  })
})

const figures = (overrides: Partial<LoadFigures> = {}): LoadFigures => ({
  requests: 10_000,
  rps: 1_000,
  p50Ms: 5,
  p99Ms: 50,
  errors: 0,
  cpuMsPerRequest: 1,
  runs: [],
  ...overrides,
})

const NGINX_RPS = 40_000
const PLAIN_VARNISH_RPS = 30_000

/** A row measured beside nginx at 40,000 req/s and the plain Varnish at 30,000. */
const row = (topology: LoadRow['topology'], load: LoadFigures, path = '/countries/belgium'): LoadRow =>
  loadRow(
    topology,
    path,
    {
      target: load,
      baselines: {
        nginx: figures({ rps: NGINX_RPS, p99Ms: 3 }),
        plainVarnish: figures({ rps: PLAIN_VARNISH_RPS, p99Ms: 4 }),
      },
    },
    { firstMs: 100, cache: 'HIT' },
  )

const MB = 1024 * 1024

/** A run where every budget holds; each test spoils one part. */
const goodRun = (): BenchMeasurements => ({
  load: [
    row('a', figures({ rps: 10_000, p99Ms: 7 })),
    row('b', figures({ rps: 29_000, p99Ms: 4 })),
    row('c', figures({ rps: 28_600, p99Ms: 6 })),
  ],
  memory: [
    { topology: 'a', instance: 'site instance on port 3901', peakBytes: 400 * MB, endBytes: 380 * MB },
  ],
  weight: [],
  freshness: [
    { topology: 'b', observer: 'Varnish', trials: [40, 60], maxMs: 60 },
    { topology: 'c', observer: 'instance 3905', trials: [30, 900], maxMs: 900 },
  ],
  legacyImport: null,
})

const misses = (run: BenchMeasurements, scale = 0) =>
  evaluateBudgets(run, scale)
    .filter((v) => !v.pass)
    .map((v) => `${v.subject}: ${v.name} (${v.actual})`)

describe('loadRow', () => {
  it('takes the ratio to nginx against the nginx runs and the ratio to the plain Varnish against its runs', () => {
    const measured = row('b', figures({ rps: 24_000 }))
    expect(measured.ratio).toBeCloseTo(24_000 / NGINX_RPS)
    expect(measured.plainVarnishRatio).toBeCloseTo(24_000 / PLAIN_VARNISH_RPS)
    expect(measured.nginx.rps).toBe(NGINX_RPS)
    expect(measured.plainVarnish.rps).toBe(PLAIN_VARNISH_RPS)
  })

  it('gives no ratio against a baseline that answered nothing', () => {
    const measured = loadRow(
      'a',
      '/',
      { target: figures(), baselines: { nginx: figures({ rps: 0 }), plainVarnish: figures() } },
      { firstMs: 1, cache: '-' },
    )
    expect(measured.ratio).toBeNull()
    expect(measured.plainVarnishRatio).toBe(1)
  })
})

describe('the plain Varnish baseline', () => {
  it('runs the default VCL: one backend, the nginx baseline, and no subroutine of ours', () => {
    const vcl = plainVcl(3900)
    expect(vcl).toBe('vcl 4.1;\n\nbackend default {\n    .host = "127.0.0.1";\n    .port = "3900";\n}\n')
    expect(vcl).not.toMatch(/\bsub\b|import/)
  })

  it('listens on a port of its own, after nginx and the topologies, within the ports checked free', () => {
    const base = 8600
    const { nginx, plainVarnish } = baselinePorts(base)
    const taken = (['a', 'b', 'c'] as const).flatMap((name) => {
      const { instances, varnish, redis } = topologyPorts(name, base)
      return [...instances, varnish, redis].filter((port) => port !== undefined)
    })
    expect(nginx).toBe(base)
    expect(new Set([nginx, plainVarnish, ...taken]).size).toBe(taken.length + 2)
    expect(Math.max(plainVarnish, ...taken)).toBeLessThan(base + PORTS_PER_RUN)
  })
})

describe('evaluateBudgets', () => {
  it('passes a run within every budget', () => {
    expect(misses(goodRun())).toEqual([])
  })

  it('holds the cached topologies to 0.95× the plain Varnish and 10 ms, npm start alone to 0.2× nginx and 100 ms', () => {
    const run = goodRun()
    run.load = [
      row('a', figures({ rps: 7_600, p99Ms: 120 })),
      row('b', figures({ rps: 28_000, p99Ms: 4 })),
      row('c', figures({ rps: 30_000, p99Ms: 11 })),
    ]
    expect(misses(run)).toEqual([
      '(a) npm start /countries/belgium: ≥ 0.2× nginx (0.19× (7600 / 40000 req/s))',
      '(a) npm start /countries/belgium: p99 ≤ 100 ms (120.0 ms)',
      '(b) Varnish → 1 instance /countries/belgium: ≥ 0.95× plain Varnish (0.93× (28000 / 30000 req/s))',
      '(c) Varnish → 2 instances + Redis /countries/belgium: p99 ≤ 10 ms (11.0 ms)',
    ])
  })

  it('measures each ratio against its own baseline, whatever the other one says', () => {
    const run = goodRun()
    // 0.725× nginx: would fail a 0.95× budget taken against nginx; 0.97× the plain Varnish passes.
    // (a) at 0.23× the plain Varnish would pass a 0.2× budget taken against it; 0.175× nginx fails.
    run.load = [
      row('a', figures({ rps: 7_000 })),
      row('b', figures({ rps: 29_000, p99Ms: 4 })),
      row('c', figures({ rps: 29_000, p99Ms: 4 })),
    ]
    expect(misses(run)).toEqual([
      '(a) npm start /countries/belgium: ≥ 0.2× nginx (0.17× (7000 / 40000 req/s))',
    ])
    // The budget reads the figures, so a stored ratio taken against the wrong baseline changes nothing.
    run.load = run.load.map((r) => ({ ...r, ratio: 1, plainVarnishRatio: 1 }))
    expect(misses(run)).toHaveLength(1)
    // A faster plain Varnish beside (b) fails (b) alone, though the nginx runs beside it are the same.
    const [a, b, c] = goodRun().load
    if (!a || !b || !c) throw new Error('no rows')
    run.load = [a, { ...b, plainVarnish: figures({ rps: 31_000 }) }, c]
    expect(misses(run)).toEqual([
      '(b) Varnish → 1 instance /countries/belgium: ≥ 0.95× plain Varnish (0.94× (29000 / 31000 req/s))',
    ])
  })

  it('fails on errors of a URL or of the nginx runs beside it, and on a page that was never fresh', () => {
    const run = goodRun()
    const [first] = run.load
    if (!first) throw new Error('no row')
    run.load[0] = { ...first, nginx: { ...first.nginx, errors: 2 } }
    const second = run.load[1]
    if (!second) throw new Error('no row')
    run.load[1] = { ...second, plainVarnish: { ...second.plainVarnish, errors: 1 } }
    run.freshness.push({ topology: 'a', observer: 'instance 3901', trials: [20, null], maxMs: null })
    expect(misses(run)).toEqual([
      '(a) npm start /countries/belgium: no errors (0 (nginx 2, plain Varnish 0))',
      '(b) Varnish → 1 instance /countries/belgium: no errors (0 (nginx 0, plain Varnish 1))',
      '(a) npm start publish → fresh, instance 3901: max ≤ 1 s (never)',
    ])
  })

  it('keeps the list, API, page weight and import budgets', () => {
    const run = goodRun()
    run.load.push(
      row('a', figures({ p99Ms: 250 }), '/compare?countries=x'),
      row('a', figures({ p99Ms: 310 }), '/api/ev-statistics?limit=10&page=1'),
    )
    const bytes = (gzip: number) => ({ raw: gzip * 3, gzip })
    run.weight = [
      {
        path: '/countries/belgium',
        status: 200,
        html: bytes(1),
        css: bytes(1),
        js: bytes(160 * 1024),
        total: bytes(210 * 1024),
      },
    ]
    run.legacyImport = { files: 200, ms: 20_000, ok: false }
    expect(misses(run).map((line) => line.split(' (')[0])).toEqual([
      '(a) npm start /compare?countries=x: p99 ≤ 200 ms',
      '(a) npm start /api/ev-statistics?limit=10&page=1: p99 ≤ 300 ms',
      '/countries/belgium: JS ≤ 150 KB gzip',
      '/countries/belgium: HTML+CSS+JS ≤ 200 KB gzip',
      'import of 200 legacy files: ≤ 60 s, no file refused',
    ])
  })
})

describe('the search and memory budgets', () => {
  const searches = (rps: number, p99Ms: number) => row('a', figures({ rps, p99Ms }), SEARCH_LOAD)

  it('hold distinct searches to 300 req/s and 250 ms up to scale 20, 150 req/s and 500 ms beyond', () => {
    const run = goodRun()
    run.load.push(searches(320, 240))
    expect(misses(run, 20)).toEqual([])
    run.load[3] = searches(290, 260)
    expect(misses(run, 20)).toEqual([
      `(a) npm start ${SEARCH_LOAD}: ≥ 300 req/s (290 req/s)`,
      `(a) npm start ${SEARCH_LOAD}: p99 ≤ 250 ms (260.0 ms)`,
    ])
    expect(misses(run, 200)).toEqual([])
    run.load[3] = searches(140, 510)
    expect(misses(run, 200)).toHaveLength(2)
  })

  it('holds every instance to 512 MB resident at its peak, whatever it ends at', () => {
    const run = goodRun()
    run.memory.push({
      topology: 'c',
      instance: 'site instance on port 3905',
      peakBytes: 530 * MB,
      endBytes: 300 * MB,
    })
    expect(misses(run)).toEqual([
      '(c) Varnish → 2 instances + Redis site instance on port 3905: resident memory ≤ 512 MB at its peak (530 MB)',
    ])
  })
})

describe('parseBenchArgs', () => {
  it('measures every topology from port 3900 unless told otherwise, always in the order a, b, c', () => {
    expect(parseBenchArgs([])).toMatchObject({
      build: true,
      topologies: ['a', 'b', 'c'],
      portBase: 3900,
      connections: 32,
    })
    expect(
      parseBenchArgs(['--topology', 'c', '--topology', 'a', '--no-build', '--duration', '3']),
    ).toMatchObject({
      build: false,
      duration: 3,
      topologies: ['a', 'c'],
    })
  })
})
