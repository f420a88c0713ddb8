import type { Access } from 'payload'

import { isStaff } from '@/lib/domain/roles'

/**
 * Staff read everything; everyone else only documents whose country is published.
 *
 * Written as "not one of the unpublished countries" rather than as a condition on
 * `country._status`: the latter joins every row with its country, which made a page of the
 * public statistics list cost a full join, sort and count (tens of milliseconds at 200
 * countries). Unpublished countries are few, usually none, so this stays a plain filter.
 */
export const ofPublishedCountryOrStaff: Access = async ({ req }) => {
  if (isStaff(req.user)) return true
  const { docs } = await req.payload.find({
    collection: 'countries',
    where: { _status: { not_equals: 'published' } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.length === 0 ? true : { country: { not_in: [...new Set(docs.map((country) => country.id))] } }
}
