import type { Metadata } from 'next'

import { EmptyListMessage } from '@/components/EmptyListMessage'
import { PublicationCard } from '@/components/publications/PublicationCard'
import { PublicationFilterForm } from '@/components/publications/PublicationFilterForm'
import { getPublicationSummaries } from '@/lib/data/readers/publications'
import {
  filterPublications,
  listFilterOptions,
  toPublicationFilters,
} from '@/lib/domain/publications/filters'
import { PUBLICATIONS_FEED, PUBLICATIONS_PAGE } from '@/lib/domain/urls'
import { readPageQuery, type QueryPageProps } from '@/lib/platform/routes/page'

export const metadata: Metadata = {
  title: 'Publications',
  description:
    'The programme’s annual reports, task reports, newsletters, brochures and papers as PDFs, filterable by type, year, task and country.',
  alternates: {
    canonical: PUBLICATIONS_PAGE,
    types: { 'application/atom+xml': PUBLICATIONS_FEED },
  },
}

/** The library, newest first, filterable by `?type=&year=&task=&country=`. */
export default async function PublicationsPage(props: QueryPageProps) {
  const query = await readPageQuery(props, 'publications')
  const all = await getPublicationSummaries()
  const { filters, isTypeUnknown } = toPublicationFilters(query)
  const shown = filterPublications(all, filters)
  const isFiltered = Object.keys(filters).length > 0
  return (
    <>
      <h1 className="text-3xl font-bold">Publications</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        Annual reports, task reports, newsletters, brochures and papers, newest first. Search finds the words
        inside them too. New publications are also in a{' '}
        <a href={PUBLICATIONS_FEED} className="text-brand-700 underline">
          feed
        </a>
        .
      </p>
      <PublicationFilterForm options={listFilterOptions(all)} filters={filters} />
      {isTypeUnknown && (
        <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          That type of publication does not exist; showing publications of every type.
        </p>
      )}
      <p className="mt-6 font-medium">
        {isFiltered
          ? `${shown.length} of ${all.length} ${all.length === 1 ? 'publication' : 'publications'}`
          : `${all.length} ${all.length === 1 ? 'publication' : 'publications'}`}
      </p>
      {shown.length > 0 ? (
        <ul className="mt-2">
          {shown.map((publication) => (
            <PublicationCard key={publication.slug} publication={publication} />
          ))}
        </ul>
      ) : (
        <EmptyListMessage
          hasAny={all.length > 0}
          nothingPublished="publications"
          noneMatching="publications"
          allHref={PUBLICATIONS_PAGE}
        />
      )}
    </>
  )
}
