import type { Metadata } from 'next'

import { filterArticles } from '@/lib/domain/articles/filterArticles'
import { getArticleSummaries } from '@/lib/data/readers/articles'
import { paginate } from '@/lib/domain/pagination'
import { parseFilterValue, parsePageNumber } from '@/lib/domain/query'
import { readPageQuery, type QueryPageProps } from '@/lib/platform/routes/page'

import { EmptyListMessage } from '@/components/EmptyListMessage'
import { ArticleFilterForm } from '@/components/policies/ArticleFilterForm'
import { ArticleListItem } from '@/components/policies/ArticleListItem'
import { Pagination } from '@/components/Pagination'
import { POLICIES_PAGE, withQuery } from '@/lib/domain/urls'

export const metadata: Metadata = {
  title: 'Policy articles',
  description: 'Articles on the electric-vehicle policies of each country, filterable by country and topic.',
  alternates: { canonical: POLICIES_PAGE },
}

// Long enough to browse, short enough to stay light with a thousand articles.
const ARTICLES_PER_PAGE = 50

/** The list's address with its filters and a page number (none for page 1). */
function buildPageHref(filters: { country: string | undefined; topic: string | undefined }, page: number) {
  return withQuery(POLICIES_PAGE, { ...filters, page: page > 1 ? String(page) : undefined })
}

/** All policy articles, newest first, filterable by `?country=<slug>&topic=<topic>`. */
export default async function PoliciesPage(props: QueryPageProps) {
  const params = await readPageQuery(props, 'policies')
  const all = await getArticleSummaries()
  const result = filterArticles(all, {
    country: parseFilterValue(params.country),
    topic: parseFilterValue(params.topic),
  })
  const { articles, country, topic, ignored } = result
  const isFiltered = country !== undefined || topic !== undefined
  const shown = paginate(articles, parsePageNumber(params.page), ARTICLES_PER_PAGE)
  const hrefFor = (page: number) => buildPageHref({ country: country?.slug, topic }, page)
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
        {shown.pageCount > 1 && `; ${shown.first}–${shown.last} shown`}
      </p>
      {articles.length > 0 ? (
        <>
          <ul className="mt-2">
            {shown.items.map((article) => (
              <ArticleListItem key={article.slug} article={article} />
            ))}
          </ul>
          <Pagination
            page={shown.page}
            pageCount={shown.pageCount}
            hrefFor={hrefFor}
            label="Pages of articles"
          />
        </>
      ) : (
        <EmptyListMessage
          hasAny={all.length > 0}
          nothingPublished="policy articles"
          noneMatching="articles"
          allHref={POLICIES_PAGE}
        />
      )}
    </>
  )
}
