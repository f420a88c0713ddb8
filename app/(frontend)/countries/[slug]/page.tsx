import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { AdoptionSection } from '@/components/countries/AdoptionSection'
import { AtAGlance } from '@/components/countries/AtAGlance'
import { CountryLinks } from '@/components/countries/CountryNav'
import { DelegateList } from '@/components/countries/DelegateList'
import { Flag } from '@/components/countries/Flag'
import { ShareSection } from '@/components/countries/ShareSection'
import { RevisionsSection } from '@/components/countries/RevisionsSection'
import { TaskLinks } from '@/components/countries/TaskLinks'
import { DataAccess } from '@/components/open-data/DataAccess'
import { DatasetJsonLd } from '@/components/open-data/DatasetJsonLd'
import { PublicationsSection } from '@/components/publications/PublicationsSection'
import { RichText } from '@/components/RichText'
import { countryChartImage } from '@/lib/render/chart-images/countryChart'
import { getArticlesForCountry } from '@/lib/data/readers/articles'
import { oembedDiscovery } from '@/lib/domain/embed/discovery'
import { pickNeighbours } from '@/lib/domain/countries/neighbours'
import { getCountrySummaries, loadCountryPage } from '@/lib/data/readers/countries'
import { getDataUpdates } from '@/lib/data/readers/dataUpdates'
import { getPublicationContext } from '@/lib/data/readers/liveDataset'
import { getPublicationsAbout } from '@/lib/data/readers/publications'
import { getStatisticsOfYear } from '@/lib/data/readers/statistics'
import { resolveSiteUrl } from '@/lib/platform/env'
import { describeCountryData } from '@/lib/domain/open-data/countryData'
import { findStanding } from '@/lib/domain/statistics/standing'
import { computeGlance } from '@/lib/domain/statistics/glance'
import { SLUG_PATTERN } from '@/lib/domain/text'
import { COUNTRIES_PAGE, countryUrls, policyPath } from '@/lib/domain/urls'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from the cache until an edit expires its tags;
// nothing is prerendered at build time, so the build needs no database.
export function generateStaticParams() {
  return []
}

const loadCountry = cache(async (slug: string) => (SLUG_PATTERN.test(slug) ? loadCountryPage(slug) : null))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const country = await loadCountry(slug)
  if (!country) return { title: 'Country not found' }
  const image = countryChartImage(country)
  const description = `Electric-vehicle adoption in ${country.name}: yearly BEV, PHEV and HEV registrations, delegates, research tasks and policy articles.`
  return {
    title: country.name,
    description,
    alternates: {
      canonical: countryUrls(country.slug).page,
      types: oembedDiscovery(resolveSiteUrl(), countryUrls(country.slug).page),
    },
    openGraph: {
      title: `${country.name} — EV Country Profiles`,
      description,
      url: countryUrls(country.slug).page,
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image] },
  }
}

export default async function CountryPage({ params }: Props) {
  const { slug } = await params
  const country = await loadCountry(slug)
  if (!country) notFound()
  const glance = computeGlance(country.statistics)
  const [articles, countries, members, context, updates, publications] = await Promise.all([
    getArticlesForCountry(country.slug),
    getCountrySummaries(),
    // The standings compare the members in the year at a glance only.
    glance ? getStatisticsOfYear(glance.year) : [],
    getPublicationContext(),
    getDataUpdates(String(country.id)),
    getPublicationsAbout({ country: country.slug }),
  ])
  const data = describeCountryData(country, context)
  const others = pickNeighbours(countries, country.slug)
  const hasMore = others.length < countries.length - 1

  return (
    <article className="space-y-10">
      <DatasetJsonLd markup={data.jsonLd} />
      <header className="flex items-center gap-4">
        <Flag
          isoCode={country.isoCode}
          name={country.name}
          size="lg"
          className="shrink-0 rounded-sm border border-slate-200"
        />
        <h1 className="text-3xl font-bold sm:text-4xl">{country.name}</h1>
      </header>

      <AtAGlance
        glance={glance}
        bevStanding={glance && findStanding(members, country.slug, glance.year, 'bev')}
        pluginShareStanding={glance && findStanding(members, country.slug, glance.year, 'plugin_share')}
        updatedAt={country.figuresUpdatedAt}
      />

      <AdoptionSection country={country} csvHref={countryUrls(country.slug).csv} rows={country.statistics} />

      <ShareSection country={country} rows={country.statistics} />

      <RevisionsSection countryName={country.name} updates={updates} />

      <DataAccess
        subject={country.name}
        downloads={data.downloads}
        embedHtml={data.embedHtml}
        citation={data.citation}
      />

      {country.body ? (
        <section aria-label={`About ${country.name}`} className="prose-content space-y-4">
          <RichText data={country.body} />
        </section>
      ) : null}

      <section aria-labelledby="delegates-heading" className="space-y-3">
        <h2 id="delegates-heading" className="text-2xl font-semibold">
          Delegates
        </h2>
        <DelegateList delegates={country.delegates} />
      </section>

      <section aria-labelledby="tasks-heading" className="space-y-3">
        <h2 id="tasks-heading" className="text-2xl font-semibold">
          Research tasks
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-lg font-semibold">Participates in</h3>
            <TaskLinks tasks={country.ongoingTasks} empty="No ongoing tasks." />
          </div>
          <div>
            <h3 className="mb-2 text-lg font-semibold">Has participated in</h3>
            <TaskLinks tasks={country.completedTasks} empty="No completed tasks." />
          </div>
        </div>
      </section>

      <PublicationsSection
        subject={country.name}
        chapter={country.chapter}
        publications={publications}
        empty={`No publications about ${country.name} yet.`}
      />

      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="text-2xl font-semibold">
          Policy articles
        </h2>
        {articles.length === 0 ? (
          <p className="text-slate-700">No policy articles yet.</p>
        ) : (
          <ul className="space-y-1">
            {articles.map((article) => (
              <li key={article.slug}>
                <Link href={policyPath(article.slug)} className="text-brand-700 underline">
                  {article.title}
                </Link>
                {article.topic && <span className="text-slate-700"> — {article.topic}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {others.length > 0 && (
        <section aria-labelledby="others-heading" className="no-print space-y-3">
          <h2 id="others-heading" className="text-2xl font-semibold">
            Other countries
          </h2>
          <CountryLinks countries={others} label="Other countries" />
          {hasMore && (
            <p>
              <Link href={COUNTRIES_PAGE} className="text-brand-700 underline">
                All {countries.length} countries
              </Link>
            </p>
          )}
        </section>
      )}
    </article>
  )
}
