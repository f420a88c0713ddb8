import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { RichText } from '@/components/RichText'
import { describeArticle } from '@/lib/domain/articles/describeArticle'
import { loadArticle as loadArticleForViewer } from '@/lib/data/readers/articles'
import { extractHeadings } from '@/lib/domain/richtext/headings'
import { SLUG_PATTERN } from '@/lib/domain/text'

import { ArticleDetails } from '@/components/policies/ArticleDetails'
import { TableOfContents } from '@/components/policies/TableOfContents'
import { POLICIES_PAGE, policyPath } from '@/lib/domain/urls'

type Props = { params: Promise<{ slug: string }> }

// Malformed slugs cannot exist, so they get a 404 without a query or a cache entry of their own.
const loadArticle = cache(async (slug: string) =>
  slug.length <= 100 && SLUG_PATTERN.test(slug) ? loadArticleForViewer(slug) : null,
)

/** No article is rendered at build time (the build needs no database); each is cached on first request. */
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const article = await loadArticle(slug)
  if (!article) return { title: 'Article not found', robots: { index: false } }
  const description = describeArticle(article)
  const path = policyPath(article.slug)
  return {
    title: article.title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: path,
      siteName: 'EV Country Profiles',
      locale: 'en',
      ...(article.publishedAt ? { publishedTime: article.publishedAt } : {}),
      ...(article.topic ? { section: article.topic } : {}),
    },
  }
}

/** One policy article: details, summary, table of contents and body; prints without site navigation. */
export default async function PolicyArticlePage({ params }: Props) {
  const { slug } = await params
  const article = await loadArticle(slug)
  if (!article) notFound()
  return (
    <article className="max-w-3xl">
      <p className="no-print mb-4">
        <Link href={POLICIES_PAGE} className="text-brand-700 underline hover:text-brand-900">
          ← All policy articles
        </Link>
      </p>
      <header>
        <h1 className="text-3xl font-bold">{article.title}</h1>
        <ArticleDetails article={article} />
      </header>
      {article.summary && <p className="mt-6 text-lg leading-relaxed text-slate-800">{article.summary}</p>}
      <TableOfContents headings={extractHeadings(article.body)} />
      <RichText data={article.body} className="mt-6" />
    </article>
  )
}
