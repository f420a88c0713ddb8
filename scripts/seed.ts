// `npm run seed [-- --reset]`: adds the seed content that is missing (idempotent).
import { getPayload } from 'payload'

import { requestSiteRevalidation } from '../lib/cache/requestSiteRevalidation'
import { describeError } from '../lib/errors'
import { describeSeedCounts } from '../lib/seed/describeSeedCounts'
import { resetSeed } from '../lib/seed/resetSeed'
import { seedDatabase } from '../lib/seed/seedDatabase'
import config from '../payload.config'

const reset = process.argv.includes('--reset')

try {
  const payload = await getPayload({ config })
  if (reset) await resetSeed(payload, (line) => console.log(line))
  const counts = await seedDatabase(payload)
  console.log(describeSeedCounts(counts))
  console.log(await requestSiteRevalidation())
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Seed failed: ${describeError(error)}`)
  process.exit(1)
}
