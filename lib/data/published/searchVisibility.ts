import type { Payload } from 'payload'

import { readCountrySummaries } from './countries'

/** The ids of the documents visitors may read now, by kind, and the published countries' names. */
export type SearchVisibility = {
  countryNames: Record<string, string>
  articles: string[]
  tasks: string[]
}

/** What search may show, read as a visitor (`overrideAccess: false`) from the database (no cache). */
export async function readSearchVisibility(payload: Payload): Promise<SearchVisibility> {
  const idsOf = async (collection: 'policy-articles' | 'tasks') => {
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      pagination: false,
      depth: 0,
      select: { title: true },
    })
    return docs.map((doc) => String(doc.id))
  }
  const [countries, articles, tasks] = await Promise.all([
    readCountrySummaries(payload),
    idsOf('policy-articles'),
    idsOf('tasks'),
  ])
  return {
    countryNames: Object.fromEntries(countries.map((country) => [String(country.id), country.name])),
    articles,
    tasks,
  }
}
