import type { CountrySummary } from '@/lib/data/countries'

import { CountryPicker } from './CountryPicker'

type Props = { countries: CountrySummary[]; selected: string[] }

/** Choose countries with checkboxes; a plain GET form, so it works without JavaScript. */
export function CompareForm({ countries, selected }: Props) {
  return (
    <form method="get" action="/compare" className="no-print space-y-3">
      <CountryPicker countries={countries.map(({ slug, name }) => ({ slug, name }))} selected={selected} />
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        Compare
      </button>
    </form>
  )
}
