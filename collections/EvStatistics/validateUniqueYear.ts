import type { NumberFieldSingleValidation } from 'payload'

import { checkInteger } from '@/lib/domain/statistics/integer'

import { FIRST_STATISTICS_YEAR, latestStatisticsYear } from '@/lib/domain/statistics/years'

type Related = number | string | { id: number | string; name?: string } | null | undefined

/**
 * The year must be a whole number in range, and the country must not already have a
 * statistics document for it ("Belgium already has statistics for 2018").
 */
export const validateUniqueYear: NumberFieldSingleValidation = async (value, { data, id, req }) => {
  const inRange = checkInteger(value, {
    label: 'Year',
    min: FIRST_STATISTICS_YEAR,
    max: latestStatisticsYear(),
    required: true,
  })
  if (inRange !== true) return inRange
  const country = (data as { country?: Related }).country
  if (country === null || country === undefined || !req.payload) return true
  const countryId = typeof country === 'object' ? country.id : country
  const existing = await req.payload.find({
    collection: 'ev-statistics',
    where: {
      and: [
        { country: { equals: countryId } },
        { year: { equals: value } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (existing.docs.length === 0) return true
  const countryDoc = await req.payload
    .findByID({ collection: 'countries', id: countryId, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  return `${countryDoc?.name ?? 'This country'} already has statistics for ${value}.`
}
