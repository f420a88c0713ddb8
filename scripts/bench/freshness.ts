// Publish → fresh: how long after an editor saves Belgium's 2018 statistic through the REST API
// the public country page first shows the new number, wherever visitors may read it: through
// Varnish, and on every instance asked directly. The page is cached at each of them before the
// save; the save must expire it in Next's cache (memory or Redis) and purge it from Varnish.
import { signInAsEditor } from '../topology/accounts'
import type { TopologyName } from './args'
import { getAsBrowser } from '../topology/browser'
import { COUNTRY_PAGE, findStatistics, pageShows, saveBev } from '../topology/statistics'
import type { Observer, RunningTopology } from './topologies'

const YEAR = 2018
// Far above any seeded BEV figure, so each saved value is unmistakable on the page.
const FIRST_VALUE = 71_000
const POLL_TIMEOUT_MS = 10_000
const POLL_INTERVAL_MS = 10

/** Each trial's time in ms (null: never fresh within 10 s), and the worst of them. */
export type Freshness = {
  topology: TopologyName
  observer: string
  trials: (number | null)[]
  maxMs: number | null
}

const readPage = async (origin: string) => (await getAsBrowser(origin + COUNTRY_PAGE)).text()

/** Polls until the page at `origin` shows `value`; the time since `startedAt`, or null. */
async function pollUntilShown(origin: string, value: number, startedAt: number): Promise<number | null> {
  while (performance.now() - startedAt < POLL_TIMEOUT_MS) {
    if (pageShows(await readPage(origin), { year: YEAR, value })) return performance.now() - startedAt
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
  return null
}

/** One save through `saveOrigin`, then every observer polled at once; their times in order. */
async function trial(topology: RunningTopology, authorization: string, id: number | string, index: number) {
  const value = FIRST_VALUE + index
  for (const { name, origin } of topology.observers) {
    // Cached with the old number first, as a visitor would have it.
    if (pageShows(await readPage(origin), { year: YEAR, value }))
      throw new Error(`${name} already shows ${value}`)
  }
  // With two instances, saves alternate between them: each must make the other fresh too.
  const saveOrigin =
    topology.instanceOrigins[index % topology.instanceOrigins.length] ?? topology.publicOrigin
  const startedAt = performance.now()
  const saved = await saveBev(saveOrigin, authorization, id, value)
  if (!saved.ok) throw new Error(`saving the statistic answered ${saved.status}: ${await saved.text()}`)
  return Promise.all(topology.observers.map(({ origin }) => pollUntilShown(origin, value, startedAt)))
}

/** Runs `runs` trials on a running topology; one result per observer. */
export async function measureFreshness(topology: RunningTopology, runs: number): Promise<Freshness[]> {
  const [firstInstance = topology.publicOrigin] = topology.instanceOrigins
  const authorization = await signInAsEditor(firstInstance, `bench-${topology.name}`)
  const [statistic] = await findStatistics(firstInstance, authorization, [YEAR])
  if (!statistic) throw new Error(`Belgium has no ${YEAR} statistic`)
  const byObserver = topology.observers.map((): (number | null)[] => [])
  for (let i = 0; i < runs; i += 1) {
    const times = await trial(topology, authorization, statistic.id, i)
    times.forEach((ms, o) => byObserver[o]?.push(ms))
  }
  return topology.observers.map((observer: Observer, o) => {
    const trials = byObserver[o] ?? []
    // A trial that never turned fresh counts as infinitely slow: the max is then null ("never").
    const settled = trials.filter((ms) => ms !== null)
    return {
      topology: topology.name,
      observer: observer.name,
      trials,
      maxMs: settled.length === trials.length ? Math.max(...settled) : null,
    }
  })
}
