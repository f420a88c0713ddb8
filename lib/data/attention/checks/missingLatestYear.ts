import type { Where } from 'payload'

import { relatedId } from '@/lib/data/relations'

import { adminDocumentUrl, documentTitle } from '../documents'
import type { AttentionCheck } from '../types'

// A statistic with all three values empty holds no figures ("no data" is not a figure).
const HAS_FIGURES: Where = {
  or: [{ bev: { exists: true } }, { phev: { exists: true } }, { hev: { exists: true } }],
}

/** Countries without figures for the latest year any country has figures for. */
export const missingLatestYear: AttentionCheck = {
  title: 'Countries without figures for the latest year',
  run: async ({ payload, user }) => {
    const access = { overrideAccess: false, user, depth: 0 } as const
    const latest = await payload.find({
      collection: 'ev-statistics',
      where: HAS_FIGURES,
      sort: '-year',
      limit: 1,
      select: { year: true },
      ...access,
    })
    const year = latest.docs[0]?.year
    if (year === undefined) return { items: [] }
    const reported = await payload.find({
      collection: 'ev-statistics',
      where: { and: [{ year: { equals: year } }, HAS_FIGURES] },
      pagination: false,
      select: { country: true },
      ...access,
    })
    const reporting = new Set(reported.docs.map((doc) => String(relatedId(doc.country))))
    const countries = await payload.find({
      collection: 'countries',
      sort: 'name',
      pagination: false,
      select: { name: true },
      ...access,
    })
    const items = countries.docs
      .filter((country) => !reporting.has(String(country.id)))
      .map((country) => ({
        label: documentTitle(payload, 'countries', country),
        href: adminDocumentUrl(payload, 'countries', country.id),
        detail: `no figures for ${year}`,
      }))
    return { title: `Countries without figures for ${year}`, items }
  },
}
