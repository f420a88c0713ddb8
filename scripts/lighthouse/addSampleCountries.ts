// Adds four published countries with ten years of statistics (totals included) to a freshly
// seeded database, so `/compare` can be measured with five countries and the map and home chart
// have several members. The figures follow a plausible growth curve; they are made up for the
// measurement and never reach a real site (`npm run lighthouse` runs on a database of its own).
import { getPayload } from 'payload'

import { describeError } from '@/lib/platform/errors'
import config from '@/payload.config'

/** The countries added, with the size of their car market (new passenger cars a year). */
export const SAMPLE_COUNTRIES = [
  { name: 'Norway', isoCode: 'NO', market: 150_000, uptake: 0.35 },
  { name: 'Netherlands', isoCode: 'NL', market: 400_000, uptake: 0.12 },
  { name: 'Germany', isoCode: 'DE', market: 3_200_000, uptake: 0.06 },
  { name: 'France', isoCode: 'FR', market: 2_100_000, uptake: 0.04 },
] as const

const FIRST_YEAR = 2011
const YEARS = 10

/** One year's figures: shares grow along a logistic curve from a few per mille. */
function figuresFor(market: number, uptake: number, step: number) {
  const growth = 1 / (1 + Math.exp(-(step - 6) / 1.5))
  const total = Math.round(market * (1 + 0.02 * step))
  return {
    totalNewCars: total,
    bev: Math.round(total * uptake * growth),
    phev: Math.round(total * uptake * 0.6 * growth),
    hev: Math.round(total * 0.03 * (1 + step / 5)),
  }
}

try {
  const payload = await getPayload({ config })
  const context = { disableRevalidate: true }
  for (const sample of SAMPLE_COUNTRIES) {
    const country = await payload.create({
      collection: 'countries',
      data: { _status: 'published', name: sample.name, isoCode: sample.isoCode },
      context,
    })
    for (let step = 0; step < YEARS; step += 1) {
      await payload.create({
        collection: 'ev-statistics',
        data: {
          country: country.id,
          year: FIRST_YEAR + step,
          ...figuresFor(sample.market, sample.uptake, step),
        },
        context,
      })
    }
  }
  console.log(`Added ${SAMPLE_COUNTRIES.length} sample countries with ${YEARS} years each.`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Adding the sample countries failed: ${describeError(error)}`)
  process.exit(1)
}
