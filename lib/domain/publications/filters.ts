import { parseChoice, parseFilterValue, UNKNOWN_CHOICE, type QueryValue } from '@/lib/domain/query'
import { SLUG_PATTERN } from '@/lib/domain/text'

import { PUBLICATION_TYPE_VALUES, type PublicationSummary, type PublicationType } from './types'

/** The library's filters, as its form sends them: `?type=&year=&task=&country=`. */
export type PublicationFilters = {
  type?: PublicationType
  year?: number
  task?: number
  country?: string
}

/** The normalised query of `/publications` (one cache entry per distinct filter). */
export type PublicationQuery = { type: string; year: string; task: string; country: string }

const YEAR = /^(19|20)\d\d$/
const TASK_NUMBER = /^[1-9]\d{0,5}$/

/**
 * Reads the library's query: a type from its list ("?" for any other), a four-digit year, a task
 * number and a country slug; anything else is dropped, so junk never makes a cache entry.
 */
export function normalisePublicationQuery(get: (name: string) => QueryValue): PublicationQuery {
  const year = parseFilterValue(get('year')) ?? ''
  const task = parseFilterValue(get('task')) ?? ''
  const country = parseFilterValue(get('country'))?.toLowerCase() ?? ''
  return {
    type: parseChoice(get('type'), PUBLICATION_TYPE_VALUES),
    year: YEAR.test(year) ? year : '',
    task: TASK_NUMBER.test(task) ? task : '',
    country: SLUG_PATTERN.test(country) ? country : '',
  }
}

/** The filters of a normalised query, and whether its type was one the site does not know. */
export function toPublicationFilters(query: Partial<PublicationQuery>): {
  filters: PublicationFilters
  isTypeUnknown: boolean
} {
  const type = PUBLICATION_TYPE_VALUES.find((value) => value === query.type)
  return {
    filters: {
      ...(type ? { type } : {}),
      ...(query.year ? { year: Number(query.year) } : {}),
      ...(query.task ? { task: Number(query.task) } : {}),
      ...(query.country ? { country: query.country } : {}),
    },
    isTypeUnknown: query.type === UNKNOWN_CHOICE,
  }
}

/** The publications matching every filter given. */
export function filterPublications(
  publications: readonly PublicationSummary[],
  filters: PublicationFilters,
): PublicationSummary[] {
  return publications.filter(
    (item) =>
      (filters.type === undefined || item.type === filters.type) &&
      (filters.year === undefined || item.year === filters.year) &&
      (filters.task === undefined || item.tasks.some((task) => task.number === filters.task)) &&
      (filters.country === undefined || item.countries.some((country) => country.slug === filters.country)),
  )
}

/** The choices the filter form offers: only values some publication has. */
export function listFilterOptions(publications: readonly PublicationSummary[]) {
  const tasks = new Map(
    publications.flatMap((item) => item.tasks.map((task) => [task.number, task] as const)),
  )
  const countries = new Map(
    publications.flatMap((item) => item.countries.map((country) => [country.slug, country] as const)),
  )
  return {
    types: PUBLICATION_TYPE_VALUES.filter((type) => publications.some((item) => item.type === type)),
    years: [...new Set(publications.map((item) => item.year))].sort((a, b) => b - a),
    tasks: [...tasks.values()].sort((a, b) => a.number - b.number),
    countries: [...countries.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
  }
}
