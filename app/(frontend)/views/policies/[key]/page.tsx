import type { Metadata } from 'next'
import Link from 'next/link'

import { filterArticles } from '@/lib/articles/filterArticles'
import { getArticleSummaries } from '@/lib/data/articles'
import { parseFilterValue } from '@/lib/query'
import { readViewQuery, type ViewProps } from '@/lib/views/page'

import { ArticleFilterForm } from '@/components/policies/ArticleFilterForm'
import { ArticleListItem } from '@/components/policies/ArticleListItem'

export const metadata: Metadata = {
  title: 'Policy articles',
  description: 'Articles on the electric-vehicle policies of each country, filterable by country and topic.',
  alternates: { canonical: '/policies' },
}

// Serves `/policies?country=…&topic=…` through proxy.ts (see lib/views): rendered on first request per
// normalised query, then cached until an edit expires its tags; never prerendered, so the
// build needs no database.
export function generateStaticParams() {
  return []
}

/** All policy articles, newest first, filterable by `?country=<slug>&topic=<topic>`. */
export default async function PoliciesPage(props: ViewProps) {
  const params = await readViewQuery(props)
  const all = await getArticleSummaries()
  const result = filterArticles(all, {
    country: parseFilterValue(params.country),
    topic: parseFilterValue(params.topic),
  })
  const { articles, country, topic, ignored } = result
  const isFiltered = country !== undefined || topic !== undefined
  return (
    <>
      <h1 className="text-3xl font-bold">Policy articles</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        What each country&apos;s policies say about electric vehicles, newest first.
      </p>
      <ArticleFilterForm
        countries={result.countryOptions}
        topics={result.topicOptions}
        country={country?.slug}
        topic={topic}
      />
      {ignored.country !== undefined && (
        <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          There are no articles for the country “{ignored.country}”; showing articles for all countries.
        </p>
      )}
      {ignored.topic !== undefined && (
        <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          There are no articles on the topic “{ignored.topic}”; showing articles on all topics.
        </p>
      )}
      <p className="mt-6 font-medium">
        {isFiltered
          ? `${articles.length} of ${all.length} ${all.length === 1 ? 'article' : 'articles'}`
          : `${all.length} ${all.length === 1 ? 'article' : 'articles'}`}
        {country && ` about ${country.name}`}
        {topic && ` on ${topic}`}
      </p>
      {articles.length > 0 ? (
        <ul className="mt-2">
          {articles.map((article) => (
            <ArticleListItem key={article.slug} article={article} />
          ))}
        </ul>
      ) : (
        <p className="mt-4">
          {all.length === 0 ? (
            'No policy articles have been published yet.'
          ) : (
            <>
              No articles match these filters.{' '}
              <Link href="/policies" className="text-brand-700 underline">
                Show all articles
              </Link>
              .
            </>
          )}
        </p>
      )}
    </>
  )
}
