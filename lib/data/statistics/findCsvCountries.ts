import type { Payload, PayloadRequest, Where } from 'payload'

import type { Country, User } from '@/payload-types'

/** What the import needs of a country named in a CSV. */
export type CsvCountry = Pick<Country, 'id' | 'name'>

const ISO_KEY = /^[A-Z]{2}$/

/**
 * The countries that CSV country keys (see `toCountryKey`) name, by ISO code or slug, as the
 * user may read them; keyed by ISO code and by slug. Keys that match nothing are missing.
 */
export async function findCsvCountries(
  payload: Payload,
  keys: readonly string[],
  { req, user }: { req: PayloadRequest; user: User },
): Promise<Map<string, CsvCountry>> {
  const isoCodes = keys.filter((key) => ISO_KEY.test(key))
  const slugs = keys.filter((key) => !ISO_KEY.test(key))
  const conditions: Where[] = [
    ...(isoCodes.length > 0 ? [{ isoCode: { in: isoCodes } }] : []),
    ...(slugs.length > 0 ? [{ slug: { in: slugs } }] : []),
  ]
  const byKey = new Map<string, CsvCountry>()
  if (conditions.length === 0) return byKey
  const { docs } = await payload.find({
    collection: 'countries',
    where: { or: conditions },
    select: { name: true, slug: true, isoCode: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    req,
  })
  for (const doc of docs) {
    const country = { id: doc.id, name: doc.name }
    byKey.set(doc.isoCode, country)
    if (doc.slug) byKey.set(doc.slug, country)
  }
  return byKey
}
