'use client'

import { useState, useSyncExternalStore } from 'react'

import { foldForMatching } from '@/lib/domain/text'

/** A country the picker offers: plain data, so React's payload carries it once, compactly. */
export type PickableCountry = { slug: string; name: string }

type Props = { countries: PickableCountry[]; selected: string[] }

// Set once on the list rather than on each of up to a few hundred checkboxes (page weight).
const CHOICES_STYLE = [
  'grid max-h-72 grid-cols-1 gap-1 overflow-y-auto min-[480px]:grid-cols-2 md:grid-cols-4',
  '[&_label]:flex [&_label]:items-center [&_label]:gap-2 [&_input]:size-4',
].join(' ')

const subscribeToNothing = () => () => {}

/**
 * Checkboxes of the countries to compare, inside the compare form. Once JavaScript runs, a
 * field narrows the list by name (with 200 countries the list is long); without it, the
 * field stays hidden and the checkboxes work as they are.
 */
export function CountryPicker({ countries, selected }: Props) {
  const [filter, setFilter] = useState('')
  // False in the server's HTML and while hydrating, true afterwards.
  const isInteractive = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
  const wanted = foldForMatching(filter.trim())
  const matches = (country: PickableCountry) => foldForMatching(country.name).includes(wanted)
  const shown = wanted === '' ? countries.length : countries.filter(matches).length

  return (
    <fieldset className="space-y-2 rounded border border-slate-300 p-3">
      <legend className="px-1 font-semibold">Countries to compare</legend>
      <div hidden={!isInteractive} className="flex flex-wrap items-center gap-2">
        <label htmlFor="compare-filter" className="text-sm font-medium">
          Filter the list
        </label>
        <input
          id="compare-filter"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className="rounded border border-slate-400 px-2 py-1"
        />
        <span aria-live="polite" className="text-sm text-slate-700">
          {wanted === '' ? '' : `${shown} of ${countries.length} shown`}
        </span>
      </div>
      <div className={CHOICES_STYLE}>
        {countries.map((country) => (
          // A hidden country stays chosen if it was: filtering only shortens the list.
          <label key={country.slug} hidden={wanted !== '' && !matches(country)}>
            <input
              type="checkbox"
              name="countries"
              value={country.slug}
              defaultChecked={selected.includes(country.slug)}
            />
            {country.name}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
