import type { SearchResults } from '@/lib/data/readers/search'

import { ArticleHitItem, CountryHitItem, PublicationHitItem, TaskHitItem } from './HitItems'
import { ResultGroup } from './ResultGroup'

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`
}

/** The counts line and one group per kind of result that has hits, or a "no results" message. */
export function SearchResultsView({
  query,
  words,
  results,
}: {
  query: string
  words: string[]
  results: SearchResults
}) {
  const { countries, articles, tasks, publications } = results
  if (countries.total + articles.total + tasks.total + publications.total === 0) {
    return (
      <p className="mt-6">No results for “{query}”. Try fewer or different words, or check the spelling.</p>
    )
  }
  return (
    <>
      <p className="mt-6 font-medium">
        Found {count(countries.total, 'country', 'countries')}, {count(articles.total, 'article', 'articles')}
        , {count(tasks.total, 'task', 'tasks')} and {count(publications.total, 'publication', 'publications')}{' '}
        for “{query}”.
      </p>
      <ResultGroup
        id="results-countries"
        title="Countries"
        shown={countries.hits.length}
        total={countries.total}
      >
        {countries.hits.map((hit) => (
          <CountryHitItem key={hit.slug} hit={hit} words={words} />
        ))}
      </ResultGroup>
      <ResultGroup
        id="results-articles"
        title="Policy articles"
        shown={articles.hits.length}
        total={articles.total}
      >
        {articles.hits.map((hit) => (
          <ArticleHitItem key={hit.href} hit={hit} words={words} />
        ))}
      </ResultGroup>
      <ResultGroup id="results-tasks" title="Tasks" shown={tasks.hits.length} total={tasks.total}>
        {tasks.hits.map((hit) => (
          <TaskHitItem key={hit.number} hit={hit} words={words} />
        ))}
      </ResultGroup>
      <ResultGroup
        id="results-publications"
        title="Publications"
        shown={publications.hits.length}
        total={publications.total}
      >
        {publications.hits.map((hit) => (
          <PublicationHitItem key={hit.slug} hit={hit} words={words} />
        ))}
      </ResultGroup>
    </>
  )
}
