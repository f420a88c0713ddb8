import type { CollectionSlug, Payload, Where } from 'payload'

import { inTransaction } from '@/lib/data/content/transaction'
import { slugify } from '@/lib/domain/text'

import { readSeed } from './seedDatabase'

/** Deletes the documents the seed creates (matched by their natural keys), reporting each count. */
export async function resetSeed(
  payload: Payload,
  log: (line: string) => void,
  directory?: string,
): Promise<void> {
  const seed = await readSeed(directory)
  const countrySlug = slugify(seed.country.name)
  const articleSlug = seed.article.slug ?? slugify(seed.article.title)
  await inTransaction(payload, async (req) => {
    const country = await payload.find({
      collection: 'countries',
      where: { slug: { equals: countrySlug } },
      depth: 0,
      limit: 1,
      req,
    })
    const countryId = country.docs[0]?.id
    const targets: [CollectionSlug, string, Where][] = [
      ['policy-articles', `article "${articleSlug}"`, { slug: { equals: articleSlug } }],
      ['ev-statistics', `statistics of ${seed.country.name}`, { country: { equals: countryId ?? -1 } }],
      [
        'contacts',
        'seed contacts',
        { email: { in: seed.country.contacts.map((contact) => contact.email.toLowerCase()) } },
      ],
      ['countries', `country "${countrySlug}"`, { slug: { equals: countrySlug } }],
      ['tasks', 'seed tasks', { number: { in: seed.tasks.map((task) => task.number) } }],
    ]
    for (const [collection, label, where] of targets) {
      const { docs } = await payload.delete({ collection, where, req })
      log(`Deleted ${docs.length} ${collection} (${label}).`)
    }
  })
}
