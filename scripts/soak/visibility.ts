// After the traffic: the last value saved for each year must be what the REST API returns and
// what the public country page and its CSV show (saves expire the pages' cache tags at once).
import { getAsBrowser } from '../topology/browser'
import { COUNTRY_CSV, COUNTRY_PAGE, csvShows, pageShows, readBev } from '../topology/statistics'
import type { SaveRecord } from './editor'

const POLL_TIMEOUT_MS = 15_000
const POLL_INTERVAL_MS = 100

/** The value a year should end with, and the statistic that holds it. */
export type FinalValue = { year: number; id: number | string; value: number }

/** The final values, where each was found, and how soon (null: not within 15 s). */
export type FinalCheck = {
  finals: FinalValue[]
  rest: { year: number; expected: number; actual: number | null }[]
  pageMs: number | null
  csvMs: number | null
}

/** The value each year should end with: that of its last save that answered 2xx. */
export function finalValues(saves: readonly SaveRecord[]): FinalValue[] {
  const last = new Map<number, FinalValue>()
  for (const { status, year, id, value } of saves)
    if (status >= 200 && status < 300) last.set(year, { year, id, value })
  return [...last.values()]
}

/** Polls a public URL until `shows` holds for every final value; the time it took, or null. */
async function pollUntilShown(
  url: string,
  finals: readonly FinalValue[],
  shows: (body: string, final: FinalValue) => boolean,
): Promise<number | null> {
  const started = performance.now()
  while (performance.now() - started < POLL_TIMEOUT_MS) {
    const body = await getAsBrowser(url, POLL_TIMEOUT_MS).then(
      (response) => response.text(),
      // An answer that never came is not the value: poll again until the time is up.
      () => '',
    )
    if (finals.every((final) => shows(body, final))) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
  return null
}

/** Reads each final value back through REST (as the editor), then waits for the page and CSV. */
export async function checkFinalValues(
  origin: string,
  authorization: string,
  saves: readonly SaveRecord[],
): Promise<FinalCheck> {
  const finals = finalValues(saves)
  const rest = []
  for (const { year, id, value } of finals) {
    const actual = await readBev(origin, authorization, id).catch(() => null)
    rest.push({ year, expected: value, actual })
  }
  return {
    finals,
    rest,
    pageMs: finals.length > 0 ? await pollUntilShown(origin + COUNTRY_PAGE, finals, pageShows) : null,
    csvMs: finals.length > 0 ? await pollUntilShown(origin + COUNTRY_CSV, finals, csvShows) : null,
  }
}
