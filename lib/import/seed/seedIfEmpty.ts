import type { Payload } from 'payload'

import { describeSeedCounts } from './describeSeedCounts'
import { seedDatabase } from './seedDatabase'

/** In development, an empty database is seeded so a fresh checkout shows content at once. */
export async function seedIfEmpty(payload: Payload): Promise<void> {
  const [countries, tasks] = await Promise.all([
    payload.count({ collection: 'countries' }),
    payload.count({ collection: 'tasks' }),
  ])
  if (countries.totalDocs > 0 || tasks.totalDocs > 0) return
  const counts = await seedDatabase(payload)
  console.log(`The database was empty. ${describeSeedCounts(counts)}`)
}
