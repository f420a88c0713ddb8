import Link from 'next/link'

import { publicationTypeLabel, type PublicationSummary } from '@/lib/domain/publications/types'
import { publicationUrls } from '@/lib/domain/urls'

import { FileFacts } from './FileFacts'
import { PublicationDate } from './PublicationDate'

/** One publication in the library: thumbnail, title, type and date, description, the PDF's size and pages. */
export function PublicationCard({ publication }: { publication: PublicationSummary }) {
  const page = publicationUrls(publication.slug).page
  return (
    <li className="flex gap-4 border-b border-slate-200 py-5">
      <div className="w-20 shrink-0 sm:w-28">
        {publication.thumbnailUrl ? (
          // A plain <img>: small PNGs served and cached by the site itself, lazily below the fold.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={publication.thumbnailUrl}
            alt=""
            width={112}
            height={158}
            loading="lazy"
            className="h-auto w-full border border-slate-200 bg-white"
          />
        ) : (
          <div aria-hidden="true" className="aspect-[1/1.41] w-full border border-slate-200 bg-slate-100" />
        )}
      </div>
      <div className="min-w-0">
        <h2 className="text-xl font-semibold">
          <Link href={page} className="text-brand-700 underline hover:text-brand-900">
            {publication.title}
          </Link>
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {publicationTypeLabel(publication.type)} · <PublicationDate publication={publication} /> ·{' '}
          <FileFacts publication={publication} />
        </p>
        {publication.description && <p className="mt-2 leading-relaxed">{publication.description}</p>}
      </div>
    </li>
  )
}
