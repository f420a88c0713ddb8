// The editor's side of the soak: an editor account made for the run saves one of Belgium's
// statistics every second through the REST API (alternating two years) and reads each saved
// value straight back, so a save that answers 200 but is lost shows up as such.
import { readBev, saveBev, type StatisticRow } from '../topology/statistics'

/** The rows the editor edits: two years, so consecutive saves touch different documents. */
export const SAVED_YEARS = [2018, 2017]
// Far above any seeded BEV figure (< 14,000), so each saved value is unmistakable on the page.
const FIRST_VALUE = 61_000

export type SaveRecord = {
  /** 0, 1, 2 … in order. */
  index: number
  year: number
  /** The statistic's id. */
  id: number | string
  /** BEV value sent. */
  value: number
  /** HTTP status of the PATCH (0: no answer). */
  status: number
  /** BEV the REST API returned afterwards (null: not read). */
  readBack: number | null
  /** PATCH time. */
  ms: number
  /** Why the save or read-back failed. */
  error?: string
}

/** One save: PATCH the row's BEV, then GET it back with the editor's session. */
async function saveOnce(
  origin: string,
  authorization: string,
  { year, id }: StatisticRow,
  index: number,
): Promise<SaveRecord> {
  const value = FIRST_VALUE + index
  const record: SaveRecord = { index, year, id, value, status: 0, readBack: null, ms: 0 }
  const started = performance.now()
  try {
    const saved = await saveBev(origin, authorization, id, value)
    record.status = saved.status
    record.ms = performance.now() - started
    if (!saved.ok) return { ...record, error: (await saved.text()).slice(0, 300) }
    return { ...record, readBack: await readBev(origin, authorization, id) }
  } catch (error) {
    return {
      ...record,
      ms: record.ms || performance.now() - started,
      error: error instanceof Error ? error.message : String(error),
    }
  }
}

/**
 * Starts saving once a second (a save never overlaps the previous one; a late save starts at
 * once). `stop()` waits for the save in flight and resolves with every record.
 */
export function startEditor(origin: string, authorization: string, rows: readonly StatisticRow[]) {
  const records: SaveRecord[] = []
  let stopping = false
  let wake = () => {}
  const loop = (async () => {
    const startedAt = performance.now()
    for (let index = 0; !stopping; index += 1) {
      const row = rows[index % rows.length]
      if (row) records.push(await saveOnce(origin, authorization, row, index))
      const delay = startedAt + (index + 1) * 1000 - performance.now()
      if (delay > 0 && !stopping)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay)
          wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
    }
  })()
  return {
    async stop(): Promise<SaveRecord[]> {
      stopping = true
      wake()
      await loop
      return records
    },
  }
}
