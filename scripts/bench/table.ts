// Output of a bench run: aligned tables on stdout and the same data as JSON in bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { TOPOLOGY_LABELS } from './args'
import { COUNTRY_PAGE } from './budgets'
import { throughputRatio } from './load'
import type { BenchResult } from './result'
import type { Bytes } from './weight'

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const pair = (bytes: Bytes) => `${kb(bytes.raw)} / ${kb(bytes.gzip)}`
const fixed = (n: number | null, digits = 0) => (n === null ? '-' : n.toFixed(digits))

/** Pads every cell to its column's width (numbers to the right), with a dashed rule under the headers. */
function align(headers: readonly string[], rows: readonly string[][], leftColumns = 1): string {
  const widths = headers.map((header, c) =>
    Math.max(header.length, ...rows.map((row) => (row[c] ?? '').length)),
  )
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

const times = (ratio: number | null) => (ratio === null ? '-' : `${ratio.toFixed(2)}×`)

function loadTable({ load }: BenchResult): string {
  const rows = load.map((row) => [
    TOPOLOGY_LABELS[row.topology],
    row.path,
    fixed(row.load.rps),
    fixed(row.nginx.rps),
    times(row.ratio),
    fixed(row.plainVarnish.rps),
    times(row.plainVarnishRatio),
    fixed(row.load.p50Ms, 2),
    fixed(row.load.p99Ms, 2),
    `${row.load.errors} (${row.nginx.errors}, ${row.plainVarnish.errors})`,
    fixed(row.load.cpuMsPerRequest, 2),
    row.warm.cache,
    fixed(row.warm.firstMs),
  ])
  const headers = ['topology', 'URL', 'req/s', 'nginx req/s', '× nginx', 'plain Varnish req/s']
  headers.push('× plain Varnish', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/req', 'cache', 'first ms')
  return align(headers, rows, 2)
}

/** The baselines' own figures on the country page, from the runs beside each topology's. */
function baselineTable({ load }: BenchResult): string {
  const rows = load
    .filter((row) => row.path === COUNTRY_PAGE)
    .map((row) => [
      TOPOLOGY_LABELS[row.topology],
      fixed(row.nginx.rps),
      fixed(row.nginx.p99Ms, 2),
      fixed(row.plainVarnish.rps),
      fixed(row.plainVarnish.p99Ms, 2),
      times(throughputRatio(row.plainVarnish, row.nginx)),
    ])
  return align(
    [
      'runs beside',
      'nginx req/s',
      'nginx p99 ms',
      'plain Varnish req/s',
      'plain Varnish p99 ms',
      'plain Varnish × nginx',
    ],
    rows,
  )
}

function weightTable({ weight }: BenchResult): string {
  const rows = weight.map((page) => [
    page.path,
    pair(page.html),
    pair(page.css),
    pair(page.js),
    kb(page.total.gzip),
  ])
  return align(['page (KB raw / gzip)', 'HTML', 'CSS', 'JS', 'total gzip'], rows)
}

function memoryTable({ memory }: BenchResult): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)
  const rows = memory.map((m) => [TOPOLOGY_LABELS[m.topology], m.instance, mb(m.peakBytes), mb(m.endBytes)])
  return align(['topology', 'instance', 'peak MB', 'at the end MB'], rows, 2)
}

function freshnessTable({ freshness }: BenchResult): string {
  const rows = freshness.map((f) => [
    TOPOLOGY_LABELS[f.topology],
    f.observer,
    f.maxMs === null ? 'never' : fixed(f.maxMs),
    f.trials.map((ms) => (ms === null ? 'never' : ms.toFixed(0))).join(' / '),
  ])
  return align(['topology', 'seen at', 'max ms', 'each save (ms)'], rows, 2)
}

/** Every table of the run, then one line per budget. */
export function formatResult(result: BenchResult): string {
  const { meta, legacyImport, budgets } = result
  const sections = [
    `Load — ${meta.connections} connections (wrk), ${meta.alternations} × ${meta.duration} s per URL alternating with nginx serving the country page's bytes and with a plain Varnish (default VCL) in front of that nginx; every request sends ${meta.headers}. errors: URL (nginx, plain Varnish).`,
    loadTable(result),
  ]
  if (result.load.some((row) => row.path === COUNTRY_PAGE))
    sections.push(`Baselines on ${COUNTRY_PAGE}, measured beside each topology`, baselineTable(result))
  if (result.memory.length > 0)
    sections.push(
      "Resident memory of each instance's process group, sampled every 250 ms from its start to the end of its topology's measurements",
      memoryTable(result),
    )
  if (result.weight.length > 0)
    sections.push(`Page weight in Chromium, ${TOPOLOGY_LABELS[meta.extrasOn]}`, weightTable(result))
  if (result.freshness.length > 0)
    sections.push(
      'Publish → fresh: an editor saves a statistic; time until the page shows it',
      freshnessTable(result),
    )
  if (legacyImport)
    sections.push(`Import of ${legacyImport.files} legacy files: ${(legacyImport.ms / 1000).toFixed(1)} s`)
  sections.push(
    'Budgets',
    budgets.map((v) => `${v.pass ? 'PASS' : 'FAIL'} ${v.subject}: ${v.name} (${v.actual})`).join('\n'),
  )
  return sections.join('\n\n')
}

/** Saves the result as bench-results/<timestamp>-scale<N>.json; returns the file's path. */
export function saveResult(result: BenchResult): string {
  mkdirSync('bench-results', { recursive: true })
  const stamp = result.meta.startedAt.replace(/[:.]/g, '-')
  const file = path.join('bench-results', `${stamp}-scale${result.meta.scale}.json`)
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  return file
}
