// Output of a bench run: one aligned table on stdout and the same data as JSON in bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const KB = 1024
// robots p99 shows how much of a page's tail latency the machine itself adds (a static file);
// server CPU per request is what the page costs whatever else runs on the machine.
const HEADERS = [
  'target',
  'req/s',
  'robots req/s',
  'ratio',
  'p50 ms',
  'p99 ms',
  'robots p99',
  'srv CPU ms/req',
  'errors',
  'cache',
  'cold ms',
  'HTML KB raw/gz',
  'CSS KB raw/gz',
  'JS KB raw/gz',
  'total KB gz',
  'time',
  'budgets',
]
// Text columns are left-aligned; every other column holds numbers and is right-aligned.
const LEFT = new Set(['target', 'cache', 'budgets'])

const fixed = (n, digits = 0) => (n === null || n === undefined ? '-' : n.toFixed(digits))
const kb = (bytes) => (bytes / KB).toFixed(1)
const pair = (bytes) => (bytes ? `${kb(bytes.raw)} / ${kb(bytes.gzip)}` : '')

/** Pads every cell to its column's width, with a dashed rule under the headers. @param {string[][]} rows */
function align(rows) {
  const widths = HEADERS.map((header, c) =>
    Math.max(header.length, ...rows.map((row) => (row[c] ?? '').length)),
  )
  const line = (row) =>
    row
      .map((cell, c) =>
        LEFT.has(HEADERS[c] ?? '') ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0),
      )
      .join('  ')
      .trimEnd()
  return [line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/**
 * The table: one row per URL (load and page weight together), then publish → fresh and import.
 * @param {ReturnType<typeof import('./index.mjs').collectResult>} result
 */
export function formatTable(result) {
  const verdictsOf = (target) =>
    result.budgets
      .filter((v) => v.target === target)
      .map((v) => `${v.pass ? 'PASS' : 'FAIL'} ${v.name} (${v.actual})`)
      .join(', ')
  const targets = [
    ...new Set([...result.load.map((row) => row.path), ...result.weight.map((page) => page.path)]),
  ]
  const rows = targets.map((target) => {
    const row = result.load.find((r) => r.path === target)
    const page = result.weight.find((p) => p.path === target)
    return [
      target,
      fixed(row?.rps),
      fixed(row?.baseline.rps),
      row?.ratio == null ? '-' : `${Math.round(row.ratio * 100)}%`,
      fixed(row?.p50, 1),
      fixed(row?.p99, 1),
      fixed(row?.baseline.p99, 1),
      fixed(row?.serverCpuMsPerRequest, 1),
      row ? String(row.errors) : '-',
      row?.warm.cache ?? '-',
      fixed(row?.warm.firstMs),
      pair(page?.html),
      pair(page?.css),
      pair(page?.js),
      page ? kb(page.total.gzip) : '',
      '',
      verdictsOf(target),
    ]
  })
  const blank = (target, time) => [target, ...Array(HEADERS.length - 3).fill(''), time, verdictsOf(target)]
  const { freshness, legacyImport } = result
  if (freshness) {
    const all = freshness.trials.map((ms) => (ms === null ? 'never' : Math.round(ms))).join('/')
    rows.push(
      blank(
        'publish → fresh',
        `median ${fixed(freshness.medianMs)} ms, max ${fixed(freshness.maxMs)} ms (${all})`,
      ),
    )
  }
  if (legacyImport)
    rows.push(blank(`import ${legacyImport.files} legacy files`, `${(legacyImport.ms / 1000).toFixed(1)} s`))
  return align(rows)
}

/**
 * Saves the result as bench-results/<timestamp>-scale<N>.json; returns the file's path.
 * @param {{ meta: { startedAt: string, scale: number } }} result
 */
export function saveResult(result) {
  mkdirSync('bench-results', { recursive: true })
  const stamp = result.meta.startedAt.replace(/[:.]/g, '-')
  const file = path.join('bench-results', `${stamp}-scale${result.meta.scale}.json`)
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  return file
}
