import Link from 'next/link'

import type { Article } from '@/lib/data/readers/articles'
import { isHttpUrl } from '@/lib/domain/text'

import { PublishedDate } from './PublishedDate'
import { countryUrls } from '@/lib/domain/urls'

const TERM = 'font-medium text-slate-600'

/** The article's country, topic, published date and source as a definition list. */
export function ArticleDetails({ article }: { article: Article }) {
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      <dt className={TERM}>Country</dt>
      <dd>
        {article.country ? (
          <Link
            href={countryUrls(article.country.slug).page}
            className="text-brand-700 underline hover:text-brand-900"
          >
            {article.country.name}
          </Link>
        ) : (
          'Not stated'
        )}
      </dd>
      <dt className={TERM}>Topic</dt>
      <dd>{article.topic ?? 'Not stated'}</dd>
      <dt className={TERM}>Published</dt>
      <dd>
        <PublishedDate value={article.publishedAt} />
      </dd>
      <dt className={TERM}>Source</dt>
      <dd className="break-words">
        {article.source && isHttpUrl(article.source) ? (
          <a
            href={article.source}
            rel="noopener noreferrer"
            className="text-brand-700 underline hover:text-brand-900"
          >
            {article.source}
          </a>
        ) : (
          (article.source ?? 'Not stated')
        )}
      </dd>
    </dl>
  )
}
