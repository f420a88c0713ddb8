import { getPayload } from 'payload'
import config from '../../payload.config'

const payload = await getPayload({ config })
type Exec = (...args: unknown[]) => Promise<unknown>
const client = (payload.db as unknown as { client: Record<string, Exec> }).client
const log: { sql: string; ms: number }[] = []
for (const method of ['execute', 'batch']) {
  const original = client[method]
  if (!original) continue
  client[method] = async (...args: unknown[]) => {
    const t = performance.now()
    const result = await original.apply(client, args)
    const stmt = args[0] as { sql?: string } | string
    log.push({ sql: typeof stmt === 'string' ? stmt : (stmt.sql ?? JSON.stringify(stmt)).slice(0, 4000), ms: performance.now() - t })
    return result
  }
}
async function probe(label: string, work: () => Promise<unknown>) {
  log.length = 0
  const t = performance.now()
  await work()
  console.log(`\n### ${label}: ${(performance.now() - t).toFixed(1)} ms, ${log.length} queries`)
  for (const q of log) console.log(`${q.ms.toFixed(1)} ms  ${q.sql.slice(0, 600)}`)
}
for (const page of [1, 50]) {
  await probe(`REST-equivalent ev-statistics page ${page}`, () =>
    payload.find({ collection: 'ev-statistics', overrideAccess: false, limit: 10, page, depth: 2 }))
}
await probe('again page 1', () => payload.find({ collection: 'ev-statistics', overrideAccess: false, limit: 10, page: 1, depth: 2 }))
await probe('page 1 depth 0', () => payload.find({ collection: 'ev-statistics', overrideAccess: false, limit: 10, page: 1, depth: 0 }))
await payload.destroy()
process.exit(0)
