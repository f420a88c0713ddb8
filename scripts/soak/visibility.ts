// After the traffic: the last value saved for each year must be what the REST API returns and
// what the public country page and its CSV show (saves expire the pages' cache tags at once).
import { withSeparators } from '../bench/freshness.mjs'

const PAGE = '/countries/belgium'
const CSV = '/countries/belgium/ev-statistics.csv'
const POLL_TIMEOUT_MS = 15_000
const POLL_INTERVAL_MS = 100

/** @typedef {{ year: number, id: number | string, value: number }} FinalValue */

/**
 * The value each year should end with: that of its last save that answered 2xx.
 * @param {import('./editor.mjs').SaveRecord[]} saves
 * @returns {FinalValue[]}
 */
export function finalValues(saves) {
  /** @type {Map<number, FinalValue>} */
  const last = new Map()
  for (const { status, year, id, value } of saves)
    if (status >= 200 && status < 300) last.set(year, { year, id, value })
  return [...last.values()]
}

/**
 * True when the page's statistics table has `value` in the BEV cell of `year`'s row.
 * @param {string} html @param {FinalValue} final
 */
export function pageShows(html, { year, value }) {
  // <th scope="row" …>2018</th><td …>61,119</td>: the BEV column comes first.
  return new RegExp(`>${year}</th><td[^>]*>${withSeparators(value)}</td>`).test(html)
}

/**
 * True when the CSV has `year,value,` as a record.
 * @param {string} csv @param {FinalValue} final
 */
export function csvShows(csv, { year, value }) {
  return csv.split(/\r?\n/).some((line) => line.startsWith(`${year},${value},`))
}

/**
 * Polls a public URL until `shows` holds for every final value; the time it took, or null.
 * @param {string} url @param {FinalValue[]} finals @param {(body: string, final: FinalValue) => boolean} shows
 */
async function pollUntilShown(url, finals, shows) {
  const started = performance.now()
  while (performance.now() - started < POLL_TIMEOUT_MS) {
    const body = await fetch(url, { signal: AbortSignal.timeout(POLL_TIMEOUT_MS) }).then(
      (r) => r.text(),
      () => '',
    )
    if (finals.every((final) => shows(body, final))) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
  return null
}

/**
 * Reads each final value back through REST (as the editor), then waits for the page and CSV.
 * @param {string} origin @param {string} authorization @param {import('./editor.mjs').SaveRecord[]} saves
 */
export async function checkFinalValues(origin, authorization, saves) {
  const finals = finalValues(saves)
  const rest = []
  for (const { year, id, value } of finals) {
    const response = await fetch(`${origin}/api/ev-statistics/${id}?depth=0`, {
      headers: { Authorization: authorization },
      signal: AbortSignal.timeout(POLL_TIMEOUT_MS),
    })
    const { bev } = /** @type {{ bev?: number | null }} */ (response.ok ? await response.json() : {})
    rest.push({ year, expected: value, actual: bev ?? null })
  }
  return {
    finals,
    rest,
    pageMs: finals.length > 0 ? await pollUntilShown(origin + PAGE, finals, pageShows) : null,
    csvMs: finals.length > 0 ? await pollUntilShown(origin + CSV, finals, csvShows) : null,
  }
}
