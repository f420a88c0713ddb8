import Link from 'next/link'

import type { ArticleSummary } from '@/lib/data/readers/articles'

import { PublishedDate } from './PublishedDate'
import { policyPath } from '@/lib/domain/urls'

/** One article in the list: title link, country, topic and date, then the summary. */
export function ArticleListItem({ article }: { article: ArticleSummary }) {
  return (
    <li className="border-b border-slate-200 py-5">
      <h2 className="text-xl font-semibold">
        <Link href={policyPath(article.slug)} className="text-brand-700 underline hover:text-brand-900">
          {article.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {article.country ? `${article.country.name} · ` : ''}
        {article.topic ? `${article.topic} · ` : ''}
        <PublishedDate value={article.publishedAt} />
      </p>
      {article.summary && <p className="mt-2 leading-relaxed">{article.summary}</p>}
    </li>
  )
}
