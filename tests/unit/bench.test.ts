import { describe, expect, it } from 'vitest'

import { parseBenchArgs } from '@/scripts/bench/args'
import { evaluateBudgets } from '@/scripts/bench/budgets'
import type { LoadFigures } from '@/scripts/bench/load'
import type { BenchMeasurements, LoadRow } from '@/scripts/bench/result'
import { parseWrkReport } from '@/scripts/bench/wrk'
import { nginxConfig } from '@/scripts/topology/nginx'
import { vclFor } from '@/scripts/topology/varnish'

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

const row = (topology: LoadRow['topology'], load: LoadFigures, path = '/countries/belgium'): LoadRow => {
  const nginx = figures({ rps: 20_000, p99Ms: 3 })
  return { topology, path, load, nginx, ratio: load.rps / nginx.rps, warm: { firstMs: 100, cache: 'HIT' } }
}

/** A run where every budget holds; each test spoils one part. */
const goodRun = (): BenchMeasurements => ({
  load: [
    row('a', figures()),
    row('b', figures({ rps: 19_000, p99Ms: 4 })),
    row('c', figures({ rps: 18_500, p99Ms: 6 })),
  ],
  weight: [],
  freshness: [
    { topology: 'b', observer: 'Varnish', trials: [40, 60], maxMs: 60 },
    { topology: 'c', observer: 'instance 3905', trials: [30, 900], maxMs: 900 },
  ],
  legacyImport: null,
})

const misses = (run: BenchMeasurements) =>
  evaluateBudgets(run)
    .filter((v) => !v.pass)
    .map((v) => `${v.subject}: ${v.name} (${v.actual})`)

describe('evaluateBudgets', () => {
  it('passes a run within every budget', () => {
    expect(misses(goodRun())).toEqual([])
  })

  it('holds the cached topologies to 0.9× nginx and 10 ms, npm start alone to 750 req/s and 100 ms', () => {
    const run = goodRun()
    run.load = [
      row('a', figures({ rps: 700, p99Ms: 120 })),
      row('b', figures({ rps: 17_000, p99Ms: 4 })),
      row('c', figures({ rps: 19_000, p99Ms: 11 })),
    ]
    expect(misses(run)).toEqual([
      '(a) npm start /countries/belgium: ≥ 750 req/s (700 req/s)',
      '(a) npm start /countries/belgium: p99 ≤ 100 ms (120.0 ms)',
      '(b) Varnish → 1 instance /countries/belgium: ≥ 0.9× nginx (0.85×)',
      '(c) Varnish → 2 instances + Redis /countries/belgium: p99 ≤ 10 ms (11.0 ms)',
    ])
  })

  it('fails on errors of a URL or of the nginx runs beside it, and on a page that was never fresh', () => {
    const run = goodRun()
    const [first] = run.load
    if (!first) throw new Error('no row')
    run.load[0] = { ...first, nginx: figures({ errors: 2 }) }
    run.freshness.push({ topology: 'a', observer: 'instance 3901', trials: [20, null], maxMs: null })
    expect(misses(run)).toEqual([
      '(a) npm start /countries/belgium: no errors (0 (nginx 2))',
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
