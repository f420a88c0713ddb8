import Link from 'next/link'

import type { Chapter } from '@/lib/domain/publications/chapter'
import { publicationTypeLabel, type PublicationSummary } from '@/lib/domain/publications/types'
import { publicationUrls, PUBLICATIONS_PAGE } from '@/lib/domain/urls'

import { ChapterLink } from './ChapterLink'
import { PublicationDate } from './PublicationDate'

type Props = {
  /** Who the chapter is about: "Belgium", "Task 27". */
  subject: string
  chapter: Chapter | null
  publications: readonly PublicationSummary[]
  /** Said when there is neither a chapter nor a publication. */
  empty: string
}

/** "Publications" of a country or task page: its chapter of a report first, then its publications. */
export function PublicationsSection({ subject, chapter, publications, empty }: Props) {
  return (
    <section id="publications" aria-labelledby="publications-heading" className="space-y-3">
      <h2 id="publications-heading" className="text-2xl font-semibold">
        Publications
      </h2>
      {chapter && (
        <p>
          <ChapterLink subject={subject} chapter={chapter} /> <span className="text-slate-700">(PDF)</span>
        </p>
      )}
      {publications.length > 0 ? (
        <ul className="space-y-1">
          {publications.map((item) => (
            <li key={item.slug}>
              <Link href={publicationUrls(item.slug).page} className="text-brand-700 underline">
                {item.title}
              </Link>
              <span className="text-slate-700">
                {' '}
                — {publicationTypeLabel(item.type)}, <PublicationDate publication={item} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        !chapter && <p className="text-slate-700">{empty}</p>
      )}
      <p className="no-print">
        <Link href={PUBLICATIONS_PAGE} className="text-brand-700 underline">
          All publications
        </Link>
      </p>
    </section>
  )
}
