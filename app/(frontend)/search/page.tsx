import type { Metadata } from 'next'

import { searchSite } from '@/lib/data/readers/search'
import { MAX_QUERY_LENGTH, parseSearchQuery, type QueryValue } from '@/lib/domain/query'

import { SearchForm } from './_components/SearchForm'
import { SearchHelp } from './_components/SearchHelp'
import { SearchResultsView } from './_components/SearchResultsView'

type Props = { searchParams: Promise<Record<string, QueryValue>> }

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the countries, policy articles, tasks and publications of EV Country Profiles.',
  robots: { index: false },
}

/** `/search?q=`: countries, articles, tasks and publications containing all the words; any input gives a page, never an error. */
export default async function SearchPage({ searchParams }: Props) {
  const { query, words, tooLong } = parseSearchQuery((await searchParams).q)
  // Over-long input is refused before any query, so it cannot cost a database round trip.
  const results = !tooLong && words.length > 0 ? await searchSite(words) : undefined
  return (
    <>
      <h1 className="text-3xl font-bold">Search</h1>
      <SearchForm query={query} />
      {tooLong ? (
        <p className="mt-6 rounded border border-amber-300 bg-amber-50 p-3">
          Your search is longer than {MAX_QUERY_LENGTH} characters. Please search for a few words instead.
        </p>
      ) : query === '' ? (
        <SearchHelp />
      ) : results ? (
        <SearchResultsView query={query} words={words} results={results} />
      ) : (
        <p className="mt-6">
          Nothing to search for in “{query}”: type at least one word of two or more letters or digits.
        </p>
      )}
    </>
  )
}
