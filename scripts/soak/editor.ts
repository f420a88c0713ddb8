// The editor's side of the soak: an editor account made for the run saves one of Belgium's
// statistics every second through the REST API (alternating two years) and reads each saved
// value straight back, so a save that answers 200 but is lost shows up as such.
import { randomBytes } from 'node:crypto'

import { signInAsAdmin } from '../bench/freshness.mjs'

/** The rows the editor edits: two years, so consecutive saves touch different documents. */
export const SAVED_YEARS = [2018, 2017]
// Far above any seeded BEV figure (< 14,000), so each saved value is unmistakable on the page.
const FIRST_VALUE = 61_000
const REQUEST_TIMEOUT_MS = 30_000

/**
 * @typedef {object} SaveRecord
 * @property {number} index       0, 1, 2 … in order
 * @property {number} year
 * @property {number | string} id  the statistic's id
 * @property {number} value       BEV value sent
 * @property {number} status      HTTP status of the PATCH (0: no answer)
 * @property {number | null} readBack  BEV the REST API returned afterwards (null: not read)
 * @property {number} ms          PATCH time
 * @property {string} [error]     why the save or read-back failed
 */

/** @param {string} origin @param {string} path @param {RequestInit} [init] */
const request = (origin, path, init = {}) =>
  fetch(origin + path, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })

/**
 * Creates the first account (an admin), lets it create an editor, and logs in as that editor:
 * the saves run with the role real editors have. Returns the editor's Authorization header.
 * @param {string} origin
 */
export async function signInAsEditor(origin) {
  const admin = await signInAsAdmin(origin, 'soak-admin@example.org')
  const editor = { email: 'soak-editor@example.org', password: randomBytes(18).toString('base64url') }
  const json = { 'Content-Type': 'application/json' }
  const created = await request(origin, '/api/users', {
    method: 'POST',
    headers: { ...json, Authorization: admin },
    body: JSON.stringify({ ...editor, name: 'Soak editor', roles: ['editor'] }),
  })
  if (!created.ok) throw new Error(`creating the editor answered ${created.status}: ${await created.text()}`)
  const login = await request(origin, '/api/users/login', {
    method: 'POST',
    headers: json,
    body: JSON.stringify(editor),
  })
  const { token } = /** @type {{ token?: string }} */ (await login.json())
  if (!login.ok || !token) throw new Error(`the editor's login answered ${login.status}`)
  return `JWT ${token}`
}

/** @typedef {{ year: number, id: number | string }} SavedRow */

/**
 * Belgium's statistics for {@link SAVED_YEARS}, in that order.
 * @param {string} origin @param {string} authorization
 * @returns {Promise<SavedRow[]>}
 */
export async function findSavedRows(origin, authorization) {
  const query = `/api/ev-statistics?where[country.slug][equals]=belgium&where[year][in]=${SAVED_YEARS.join(',')}&depth=0&limit=10`
  const response = await request(origin, query, { headers: { Authorization: authorization } })
  const { docs = [] } = /** @type {{ docs?: SavedRow[] }} */ (await response.json())
  const rows = SAVED_YEARS.flatMap((year) =>
    docs.filter((doc) => doc.year === year).map(({ id }) => ({ year, id })),
  )
  if (rows.length !== SAVED_YEARS.length)
    throw new Error(
      `Belgium lacks a statistic for one of ${SAVED_YEARS.join(', ')}: was the database seeded?`,
    )
  return rows
}

/**
 * One save: PATCH the row's BEV, then GET it back with the editor's session.
 * @param {string} origin @param {string} authorization @param {SavedRow} row @param {number} index
 * @returns {Promise<SaveRecord>}
 */
async function saveOnce(origin, authorization, { year, id }, index) {
  const value = FIRST_VALUE + index
  const record = { index, year, id, value, status: 0, readBack: /** @type {number | null} */ (null), ms: 0 }
  const started = performance.now()
  try {
    const saved = await request(origin, `/api/ev-statistics/${id}`, {
      method: 'PATCH',
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: JSON.stringify({ bev: value }),
    })
    record.status = saved.status
    record.ms = performance.now() - started
    if (!saved.ok) return { ...record, error: (await saved.text()).slice(0, 300) }
    const read = await request(origin, `/api/ev-statistics/${id}?depth=0`, {
      headers: { Authorization: authorization },
    })
    if (!read.ok) return { ...record, error: `read-back answered ${read.status}` }
    const { bev } = /** @type {{ bev?: number | null }} */ (await read.json())
    return { ...record, readBack: bev ?? null }
  } catch (error) {
    return {
      ...record,
      ms: performance.now() - started,
      error: error instanceof Error ? error.message : String(error),
    }
  }
}

/**
 * Starts saving once a second (a save never overlaps the previous one; a late save starts at
 * once). `stop()` waits for the save in flight and resolves with every record.
 * @param {string} origin @param {string} authorization @param {SavedRow[]} rows
 */
export function startEditor(origin, authorization, rows) {
  /** @type {SaveRecord[]} */
  const records = []
  let stopping = false
  /** @type {() => void} */
  let wake = () => {}
  const loop = (async () => {
    const startedAt = performance.now()
    for (let index = 0; !stopping; index += 1) {
      const row = rows[index % rows.length]
      if (row) records.push(await saveOnce(origin, authorization, row, index))
      const delay = startedAt + (index + 1) * 1000 - performance.now()
      if (delay > 0 && !stopping)
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, delay)
          wake = () => {
            clearTimeout(timer)
            resolve(undefined)
          }
        })
    }
  })()
  return {
    async stop() {
      stopping = true
      wake()
      await loop
      return records
    },
  }
}
