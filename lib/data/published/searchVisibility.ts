import type { Payload } from 'payload'

import { readCountrySummaries } from './countries'

/** The ids of the documents visitors may read now, by kind, and the published countries' names. */
export type SearchVisibility = {
  countryNames: Record<string, string>
  articles: string[]
  tasks: string[]
  publications: string[]
}

/** What search may show, read as a visitor (`overrideAccess: false`) from the database (no cache). */
export async function readSearchVisibility(payload: Payload): Promise<SearchVisibility> {
  const idsOf = async (collection: 'policy-articles' | 'tasks' | 'publications') => {
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      pagination: false,
      depth: 0,
      select: { title: true },
    })
    return docs.map((doc) => String(doc.id))
  }
  const [countries, articles, tasks, publications] = await Promise.all([
    readCountrySummaries(payload),
    idsOf('policy-articles'),
    idsOf('tasks'),
    idsOf('publications'),
  ])
  return {
    countryNames: Object.fromEntries(countries.map((country) => [String(country.id), country.name])),
    articles,
    tasks,
    publications,
  }
}
