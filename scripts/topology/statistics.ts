// Belgium's statistics as an editor changes them through the REST API, and how a changed value
// reads on the public country page and in its CSV: what publish → fresh checks look for.

const TIMEOUT_MS = 30_000
const COUNTRY = 'belgium'

/** The public country page and its CSV file whose values the checks read. */
export const COUNTRY_PAGE = `/countries/${COUNTRY}`
export const COUNTRY_CSV = `${COUNTRY_PAGE}/ev-statistics.csv`

/** One statistic row: its year and id (a number on SQLite, a string on MongoDB). */
export type StatisticRow = { year: number; id: number | string }

/** A number as the site prints it ("61,002"). */
export const withSeparators = (n: number) => new Intl.NumberFormat('en-US').format(n)

/** True when the page's statistics table has `value` in the BEV cell of `year`'s row. */
export function pageShows(html: string, { year, value }: { year: number; value: number }): boolean {
  // <th scope="row" …>2018</th><td …>61,119</td>: the BEV column comes first.
  return new RegExp(`>${year}</th><td[^>]*>${withSeparators(value)}</td>`).test(html)
}

/** True when the CSV has `year,value,` as a record. */
export function csvShows(csv: string, { year, value }: { year: number; value: number }): boolean {
  return csv.split(/\r?\n/).some((line) => line.startsWith(`${year},${value},`))
}

/** Belgium's statistics of `years`, in that order; fails naming the year that is missing. */
export async function findStatistics(
  origin: string,
  authorization: string,
  years: readonly number[],
): Promise<StatisticRow[]> {
  const query = `/api/ev-statistics?where[country.slug][equals]=${COUNTRY}&where[year][in]=${years.join(',')}&depth=0&limit=${years.length * 2}`
  const response = await fetch(origin + query, {
    headers: { Authorization: authorization },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  if (!response.ok) throw new Error(`listing Belgium's statistics answered ${response.status}`)
  const { docs = [] } = (await response.json()) as { docs?: StatisticRow[] }
  return years.map((year) => {
    const row = docs.find((doc) => doc.year === year)
    if (!row) throw new Error(`Belgium has no ${year} statistic: was the database seeded?`)
    return { year, id: row.id }
  })
}

/** Saves a statistic's BEV figure as an editor's save does (PATCH); resolves with the answer. */
export function saveBev(
  origin: string,
  authorization: string,
  id: number | string,
  bev: number,
): Promise<Response> {
  return fetch(`${origin}/api/ev-statistics/${id}`, {
    method: 'PATCH',
    headers: { Authorization: authorization, 'Content-Type': 'application/json' },
    body: JSON.stringify({ bev }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
}

/** A statistic's BEV figure as the REST API returns it to `authorization`; null when unset. */
export async function readBev(
  origin: string,
  authorization: string,
  id: number | string,
): Promise<number | null> {
  const response = await fetch(`${origin}/api/ev-statistics/${id}?depth=0`, {
    headers: { Authorization: authorization },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  if (!response.ok) throw new Error(`reading statistic ${id} answered ${response.status}`)
  const { bev } = (await response.json()) as { bev?: number | null }
  return bev ?? null
}
