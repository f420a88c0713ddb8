// `npm run seed [-- --reset]`: adds the seed content that is missing (idempotent).
import { getPayload } from 'payload'

import { requestSiteRevalidation } from '../lib/platform/cache/requestSiteRevalidation'
import { describeError } from '../lib/platform/errors'
import { describeSeedCounts } from '../lib/import/seed/describeSeedCounts'
import { resetSeed } from '../lib/import/seed/resetSeed'
import { seedDatabase } from '../lib/import/seed/seedDatabase'
import config from '../payload.config'

const reset = process.argv.includes('--reset')

/** What to say about a running site's cached pages once the seed changed the database. */
async function describePageRefresh(): Promise<string> {
  if (process.env.REVALIDATE_SECRET?.trim()) return requestSiteRevalidation()
  // `npm start` and the dev server expire every cached page when they start.
  return 'A site that is already running shows it after a restart (or set REVALIDATE_SECRET to refresh it at once).'
}

try {
  const payload = await getPayload({ config })
  if (reset) await resetSeed(payload, (line) => console.log(line))
  const counts = await seedDatabase(payload)
  console.log(describeSeedCounts(counts))
  const changed = reset || Object.values(counts).some((count) => count > 0)
  if (changed) console.log(await describePageRefresh())
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Seed failed: ${describeError(error)}`)
  process.exit(1)
}
