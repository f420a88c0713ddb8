import type { Metadata } from 'next'
import Link from 'next/link'

import { CountryLinks } from '@/components/countries/CountryNav'
import { MapSection } from '@/components/map/MapSection'
import { getAllCountryStatistics } from '@/lib/data/readers/statistics'
import { resolveMapIndicator } from '@/lib/domain/map/mapQuery'
import { parseFilterValue } from '@/lib/domain/query'
import { foldForMatching } from '@/lib/domain/text'
import { readPageQuery, type QueryPageProps } from '@/lib/platform/routes/page'
import { COUNTRIES_PAGE } from '@/lib/domain/urls'

export const metadata: Metadata = {
  title: 'Countries',
  description: 'Every member country with its EV adoption figures, delegates, research tasks and policies.',
  alternates: { canonical: COUNTRIES_PAGE },
}

export default async function CountriesPage(props: QueryPageProps) {
  const query = await readPageQuery(props, 'countries')
  const filter = parseFilterValue(query.q)
  const members = await getAllCountryStatistics()
  const countries = members.map((member) => member.country)
  const map = resolveMapIndicator(query.map, members)
  const shown = filter
    ? countries.filter(
        (country) =>
          foldForMatching(country.name).includes(foldForMatching(filter)) ||
          country.isoCode === filter.toUpperCase(),
      )
    : countries

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Countries</h1>
      <form method="get" action={COUNTRIES_PAGE} role="search" className="flex flex-wrap items-end gap-2">
        {map.isExplicit && <input type="hidden" name="map" value={map.indicator} />}
        <div className="flex flex-col">
          <label htmlFor="country-filter" className="text-sm font-medium">
            Filter countries by name
          </label>
          <input
            id="country-filter"
            name="q"
            type="search"
            defaultValue={filter ?? ''}
            maxLength={100}
            className="rounded border border-slate-400 px-2 py-1"
          />
        </div>
        <button
          type="submit"
          className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-900"
        >
          Filter
        </button>
        {filter && (
          <Link href={COUNTRIES_PAGE} className="px-2 py-1.5 text-brand-700 underline">
            Show all
          </Link>
        )}
      </form>
      <p aria-live="polite" className="text-slate-700">
        {filter
          ? `${shown.length} of ${countries.length} countries match “${filter}”.`
          : `${countries.length} ${countries.length === 1 ? 'country' : 'countries'}.`}
      </p>
      {shown.length > 0 ? (
        <CountryLinks countries={shown} label="Countries" />
      ) : (
        <p>No country matches. Try part of the name, e.g. “bel”.</p>
      )}
      {members.length > 0 && (
        <MapSection
          members={members}
          indicator={map.indicator}
          isUnknown={map.isUnknown}
          action="/countries#map-heading"
          keep={filter ? { q: filter } : {}}
        />
      )}
    </div>
  )
}
