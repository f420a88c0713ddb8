import type { Metadata } from 'next'
import Link from 'next/link'

import { HeadlineChart } from '@/components/home/HeadlineChart'
import { MapSection } from '@/components/map/MapSection'
import { getArticleSummaries } from '@/lib/data/readers/articles'
import { getAllCountryStatistics } from '@/lib/data/readers/statistics'
import { getTaskSummaries } from '@/lib/data/readers/tasks'
import { formatNumber } from '@/lib/domain/format'
import { resolveMapIndicator } from '@/lib/domain/map/mapQuery'
import { computeHeadlineFigures } from '@/lib/domain/statistics/headline'
import { readPageQuery, type QueryPageProps } from '@/lib/platform/routes/page'
import { COMPARE_PAGE, COUNTRIES_PAGE, HOME_PAGE, POLICIES_PAGE, TASKS_PAGE } from '@/lib/domain/urls'

export const metadata: Metadata = {
  alternates: { canonical: HOME_PAGE },
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded border border-slate-200 p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
    </div>
  )
}

export default async function HomePage(props: QueryPageProps) {
  // The query first: at its own address, reading it makes the page render per request, before
  // anything reads the database (the build must not).
  const query = await readPageQuery(props, 'home')
  const [countries, articles, tasks] = await Promise.all([
    getAllCountryStatistics(),
    getArticleSummaries(),
    getTaskSummaries(),
  ])
  const headline = computeHeadlineFigures(countries)
  const ongoingTasks = tasks.filter((task) => task.status === 'ongoing').length
  const map = resolveMapIndicator(query.map, countries)

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold sm:text-4xl">EV Country Profiles</h1>
        <p className="max-w-prose text-lg text-slate-700">
          How member countries adopt electric vehicles and what their policies say: yearly new registrations
          of battery electric, plug-in hybrid and hybrid passenger cars, the national delegates, the
          international research tasks each country takes part in, and policy articles.
        </p>
      </section>

      {countries.length > 0 && (
        <MapSection members={countries} indicator={map.indicator} isUnknown={map.isUnknown} action="/" />
      )}

      <HeadlineChart members={countries} />

      <section aria-labelledby="figures-heading" className="space-y-3">
        <h2 id="figures-heading" className="text-2xl font-semibold">
          At a glance
        </h2>
        <dl className="grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 lg:grid-cols-4">
          <Figure label="Countries" value={formatNumber(countries.length)} />
          <Figure label="Policy articles" value={formatNumber(articles.length)} />
          <Figure
            label="Research tasks (ongoing)"
            value={`${formatNumber(tasks.length)} (${formatNumber(ongoingTasks)})`}
          />
          {headline && <Figure label={`Latest year with data`} value={String(headline.year)} />}
        </dl>
        {headline ? (
          <p className="text-slate-700">
            In {headline.year}, the{' '}
            {headline.reportingCountries === 1 ? 'country' : `${headline.reportingCountries} countries`}{' '}
            reporting registered {formatNumber(headline.bev)} battery electric, {formatNumber(headline.phev)}{' '}
            plug-in hybrid and {formatNumber(headline.hev)} hybrid new passenger cars.
          </p>
        ) : (
          <p className="text-slate-700">No statistics have been published yet.</p>
        )}
      </section>

      <section aria-labelledby="explore-heading" className="space-y-3">
        <h2 id="explore-heading" className="text-2xl font-semibold">
          Explore
        </h2>
        <ul className="grid gap-3 md:grid-cols-3">
          {[
            {
              href: COUNTRIES_PAGE,
              title: 'Countries',
              text: 'Charts, tables and CSV downloads of each country’s EV adoption.',
            },
            {
              href: POLICIES_PAGE,
              title: 'Policy articles',
              text: 'What each country’s policies say, by topic.',
            },
            {
              href: TASKS_PAGE,
              title: 'Research tasks',
              text: 'The international research tasks and who takes part.',
            },
            { href: COMPARE_PAGE, title: 'Compare', text: 'Several countries side by side.' },
            {
              href: '/ev-statistics.csv',
              title: 'All statistics (CSV)',
              text: 'Every country and year in one file.',
            },
          ].map((entry) => (
            <li key={entry.href} className="rounded border border-slate-200 p-4">
              <Link
                href={entry.href}
                prefetch={false}
                className="text-lg font-semibold text-brand-700 underline"
              >
                {entry.title}
              </Link>
              <p className="text-slate-700">{entry.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
