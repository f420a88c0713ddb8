import type { Metadata } from 'next'

import { CountryDownloads } from '@/components/open-data/CountryDownloads'
import { DataColumns } from '@/components/open-data/DataColumns'
import { DatasetJsonLd } from '@/components/open-data/DatasetJsonLd'
import { HowToCite } from '@/components/open-data/HowToCite'
import { ReleaseList } from '@/components/open-data/ReleaseList'
import { getLiveDataset, getPublicationContext } from '@/lib/data/readers/liveDataset'
import { getReleaseSummaries } from '@/lib/data/readers/releases'
import { getCountrySummaries } from '@/lib/data/readers/countries'
import { citePage } from '@/lib/domain/open-data/citation'
import { DATASET_TITLE, findDateModified } from '@/lib/domain/open-data/dataset'
import { buildDatasetJsonLd } from '@/lib/domain/open-data/jsonLd'
import { describePublisher } from '@/lib/domain/open-data/statisticsJson'
import { LATEST_RELEASE } from '@/lib/domain/open-data/releaseVersion'
import * as urls from '@/lib/domain/urls'
import { readPageQuery, type QueryPageProps } from '@/lib/platform/routes/page'

export const metadata: Metadata = {
  title: 'Open data',
  description:
    'Download the EV statistics of every member country as CSV or JSON with a Frictionless data package, cite numbered releases and follow revisions in a feed.',
  alternates: {
    canonical: urls.DATA_PAGE,
    types: { 'application/atom+xml': [{ url: urls.UPDATES_FEED, title: 'Revised figures and new years' }] },
  },
}

const link = 'text-brand-700 underline'

function Download({ href, label, children }: { href: string; label: string; children: string }) {
  return (
    <li>
      <a href={href} className={link}>
        {label}
      </a>{' '}
      <span className="font-mono text-sm">{href}</span>: {children}
    </li>
  )
}

export default async function DataPage(props: QueryPageProps) {
  // No query to read, but at its own address reading it makes the page render per request instead
  // of at build time, when there is no database.
  await readPageQuery(props, 'data')
  const [dataset, context, countries, releases] = await Promise.all([
    getLiveDataset(),
    getPublicationContext(),
    getCountrySummaries(),
    getReleaseSummaries(),
  ])
  const { siteUrl, settings } = context
  const publisher = describePublisher(context)
  const absolute = (path: string) => urls.absoluteUrl(siteUrl, path)
  const jsonLd = buildDatasetJsonLd(dataset, {
    ...context,
    url: absolute(urls.DATA_PAGE),
    distribution: [
      { contentUrl: absolute(urls.ALL_STATISTICS_CSV), encodingFormat: 'text/csv' },
      { contentUrl: absolute(urls.ALL_STATISTICS_JSON), encodingFormat: 'application/json' },
    ],
  })
  const modified = findDateModified(dataset.countries)
  const citation = citePage({ title: DATASET_TITLE, path: urls.DATA_PAGE, siteUrl, settings, modified })
  return (
    <article className="space-y-8">
      <DatasetJsonLd markup={jsonLd} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Open data</h1>
        <p className="max-w-prose text-lg text-slate-800">
          The yearly EV statistics of every member country, free to download, reuse and cite. Published by{' '}
          <a href={publisher.url} className={link}>
            {publisher.name}
          </a>{' '}
          under the{' '}
          <a href={settings.licenceUrl} rel="license" className={link}>
            {settings.licenceTitle} ({settings.licenceName})
          </a>{' '}
          licence. An empty value means no data, never 0.
        </p>
      </header>
      <section aria-labelledby="all-heading" className="space-y-2">
        <h2 id="all-heading" className="text-2xl font-semibold">
          Every country
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <Download href={urls.ALL_STATISTICS_CSV} label="CSV">
            one row per country and year, years ascending.
          </Download>
          <Download href={urls.ALL_STATISTICS_JSON} label="JSON">
            the same figures nested by country; no data is null.
          </Download>
          <Download href={urls.DATA_PACKAGE} label="Data package">
            a Frictionless Data Package describing both files, their columns, the licence and the source.
          </Download>
        </ul>
      </section>
      <section aria-labelledby="countries-heading" className="space-y-2">
        <h2 id="countries-heading" className="text-2xl font-semibold">
          Each country
        </h2>
        <p className="max-w-prose text-slate-800">
          Each country’s statistics as CSV and JSON, its chart as an SVG or PNG image (citation in the image)
          and the chart with its table to embed in another site (an iframe).
        </p>
        <CountryDownloads countries={countries} />
      </section>
      <section aria-labelledby="columns-heading" className="space-y-2">
        <h2 id="columns-heading" className="text-2xl font-semibold">
          Columns
        </h2>
        <DataColumns />
      </section>
      <section aria-labelledby="releases-heading" className="space-y-2">
        <h2 id="releases-heading" className="text-2xl font-semibold">
          Releases
        </h2>
        <p className="max-w-prose text-slate-800">
          A numbered release freezes the files as they were on the day it was published; they never change, so
          a paper can cite them. The newest is always at{' '}
          <a href={urls.releasePage(LATEST_RELEASE)} className={link}>
            {urls.releasePage(LATEST_RELEASE)}
          </a>
          .
        </p>
        <ReleaseList releases={releases} />
      </section>
      <section aria-labelledby="updates-heading" className="space-y-2">
        <h2 id="updates-heading" className="text-2xl font-semibold">
          Revisions and new years
        </h2>
        <p className="max-w-prose text-slate-800">
          Every revised figure (old and new value, date, source) is listed on its country’s page and in the{' '}
          <a href={urls.UPDATES_FEED} type="application/atom+xml" className={link}>
            Atom feed of updates
          </a>
          .
        </p>
      </section>
      <HowToCite citation={citation} />
    </article>
  )
}
