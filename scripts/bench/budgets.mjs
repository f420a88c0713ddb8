// The performance budgets of the product (PRODUCT.md §6) as checks over one bench result.

export const COUNTRY_PAGE = '/countries/belgium'
const KB = 1024

/**
 * @typedef {{ target: string, name: string, actual: string, pass: boolean }} Verdict
 * @typedef {{ path: string, rps: number, p99: number | null, errors: number, ratio: number | null }} LoadRow
 */

/** @param {number | null} ms */
const ms = (ms) => (ms === null ? 'never' : `${Math.round(ms)} ms`)

/**
 * Every budget that applies to this run, each with its measured value and PASS/FAIL.
 * @param {{ scale: number, load: LoadRow[], weight: import('./weight.mjs').PageBytes[],
 *   freshness: { medianMs: number | null, maxMs: number | null } | null,
 *   legacyImport: { files: number, ms: number, ok: boolean } | null }} result
 * @returns {Verdict[]}
 */
export function evaluateBudgets({ scale, load, weight, freshness, legacyImport }) {
  /** @type {Verdict[]} */
  const verdicts = []
  const check = (target, name, actual, pass) => verdicts.push({ target, name, actual, pass })
  const p99Budget = (row, limit) =>
    check(row.path, `p99≤${limit}ms`, ms(row.p99), row.p99 !== null && row.p99 <= limit)

  for (const row of load) {
    if (row.path === COUNTRY_PAGE) {
      const ratio = row.ratio ?? 0
      check(row.path, 'rps≥60%×robots', `${Math.round(ratio * 100)}%`, ratio >= 0.6)
      p99Budget(row, 100)
    }
    if (row.path === '/countries' || row.path.startsWith('/compare')) p99Budget(row, 200)
    if (row.path.startsWith('/api/ev-statistics')) p99Budget(row, 300)
    check(row.path, 'errors=0', String(row.errors), row.errors === 0)
  }
  const country = weight.find((page) => page.path === COUNTRY_PAGE)
  if (country) {
    check(COUNTRY_PAGE, 'JS≤150KB gz', `${(country.js.gzip / KB).toFixed(1)} KB`, country.js.gzip <= 150 * KB)
    check(
      COUNTRY_PAGE,
      'HTML+CSS+JS≤200KB gz',
      `${(country.total.gzip / KB).toFixed(1)} KB`,
      country.total.gzip <= 200 * KB,
    )
  }
  if (freshness)
    check(
      'publish → fresh',
      'max≤1s',
      ms(freshness.maxMs),
      freshness.maxMs !== null && freshness.maxMs <= 1000,
    )
  if (scale > 0 && legacyImport) {
    const seconds = legacyImport.ms / 1000
    const label = `import ${legacyImport.files} legacy files`
    check(
      label,
      '≤60s, no file refused',
      `${seconds.toFixed(1)} s${legacyImport.ok ? '' : ', refused'}`,
      legacyImport.ok && seconds <= 60,
    )
  }
  return verdicts
}
