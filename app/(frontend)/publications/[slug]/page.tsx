import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { HowToCite } from '@/components/open-data/HowToCite'
import { FileFacts } from '@/components/publications/FileFacts'
import { PublicationDate } from '@/components/publications/PublicationDate'
import { PublicationJsonLd } from '@/components/publications/PublicationJsonLd'
import { getPublicationContext } from '@/lib/data/readers/liveDataset'
import { loadPublication } from '@/lib/data/readers/publications'
import { describePublisher } from '@/lib/domain/open-data/statisticsJson'
import { buildPublicationJsonLd } from '@/lib/domain/publications/jsonLd'
import { publicationTypeLabel } from '@/lib/domain/publications/types'
import { SLUG_PATTERN } from '@/lib/domain/text'
import { countryUrls, publicationUrls, PUBLICATIONS_PAGE, taskPath } from '@/lib/domain/urls'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from the cache; the build needs no database.
export function generateStaticParams() {
  return []
}

const load = cache(async (slug: string) => (SLUG_PATTERN.test(slug) ? loadPublication(slug) : null))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const publication = await load((await params).slug)
  if (!publication) return { title: 'Publication not found' }
  const description =
    publication.description ?? `${publicationTypeLabel(publication.type)} of ${publication.year} (PDF).`
  const page = publicationUrls(publication.slug).page
  return {
    title: publication.title,
    description,
    alternates: { canonical: page },
    openGraph: {
      title: publication.title,
      description,
      url: page,
      ...(publication.thumbnailUrl ? { images: [publication.thumbnailUrl] } : {}),
    },
  }
}

/** One publication: what it is, its PDF to open or download, what it is about, and how to cite it. */
export default async function PublicationPage({ params }: Props) {
  const publication = await load((await params).slug)
  if (!publication) notFound()
  const context = await getPublicationContext()
  const page = publicationUrls(publication.slug).page
  const publisher = describePublisher(context)
  const { licenceName, licenceUrl } = context.settings
  return (
    <article className="space-y-6">
      <PublicationJsonLd
        markup={buildPublicationJsonLd(publication, {
          siteUrl: context.siteUrl,
          pagePath: page,
          publisher,
          licenceUrl,
        })}
      />
      <p className="no-print">
        <Link href={PUBLICATIONS_PAGE} className="text-brand-700 underline">
          All publications
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{publication.title}</h1>
      <p className="text-slate-700">
        {publicationTypeLabel(publication.type)} · <PublicationDate publication={publication} />
      </p>
      <div className="flex flex-col gap-6 sm:flex-row">
        {publication.thumbnailUrl && (
          // A plain <img>: a small PNG served and cached by the site itself.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={publication.thumbnailUrl}
            alt={`Cover of ${publication.title}`}
            width={200}
            height={283}
            className="h-auto w-40 shrink-0 self-start border border-slate-200 bg-white sm:w-52"
          />
        )}
        <div className="space-y-4">
          {publication.description && <p className="max-w-prose text-lg">{publication.description}</p>}
          <p>
            <a href={publication.fileUrl} className="font-medium text-brand-700 underline">
              Open the PDF
            </a>{' '}
            <span className="text-slate-700">
              (<FileFacts publication={publication} />)
            </span>
            {' · '}
            <a
              href={publication.fileUrl}
              download={publication.filename}
              className="text-brand-700 underline"
            >
              Download
            </a>
          </p>
          {publication.tasks.length > 0 && (
            <p>
              Tasks:{' '}
              {publication.tasks.map((task, index) => (
                <span key={task.number}>
                  {index > 0 && ', '}
                  <Link href={taskPath(task.number)} className="text-brand-700 underline">
                    Task {task.number}: {task.title}
                  </Link>
                </span>
              ))}
            </p>
          )}
          {publication.countries.length > 0 && (
            <p>
              Countries:{' '}
              {publication.countries.map((country, index) => (
                <span key={country.slug}>
                  {index > 0 && ', '}
                  <Link href={countryUrls(country.slug).page} className="text-brand-700 underline">
                    {country.name}
                  </Link>
                </span>
              ))}
            </p>
          )}
        </div>
      </div>
      <HowToCite
        citation={{
          publisher: publisher.name,
          year: publication.year,
          title: publication.title,
          url: new URL(page, context.siteUrl).toString(),
          licence: { name: licenceName, url: licenceUrl },
          medium: publicationTypeLabel(publication.type),
        }}
      />
    </article>
  )
}
