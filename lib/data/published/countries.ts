import type { Payload } from 'payload'

/** What lists and links need of a country. */
export type CountrySummary = { id: number | string; name: string; slug: string; isoCode: string }

/** Every published country, alphabetical, read from the database (no cache). */
export async function readCountrySummaries(payload: Payload): Promise<CountrySummary[]> {
  const { docs } = await payload.find({
    collection: 'countries',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true, slug: true, isoCode: true },
  })
  return docs.map(
    (doc): CountrySummary => ({ id: doc.id, name: doc.name, slug: doc.slug ?? '', isoCode: doc.isoCode }),
  )
}
