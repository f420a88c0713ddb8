import type { CountrySummary } from '@/lib/data/countries'

type Props = { countries: CountrySummary[]; selected: string[] }

// Set once on the list rather than on each of up to a few hundred checkboxes (page weight).
const CHOICES_STYLE = [
  'grid max-h-72 grid-cols-1 gap-1 overflow-y-auto min-[480px]:grid-cols-2 md:grid-cols-4',
  '[&_label]:flex [&_label]:items-center [&_label]:gap-2 [&_input]:size-4',
].join(' ')

/** Choose countries with checkboxes; a plain GET form, so it works without JavaScript. */
export function CompareForm({ countries, selected }: Props) {
  return (
    <form method="get" action="/compare" className="no-print space-y-3">
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">Countries to compare</legend>
        <div className={CHOICES_STYLE}>
          {countries.map((country) => (
            <label key={country.slug}>
              <input
                type="checkbox"
                name="countries"
                value={country.slug}
                // Only where true: React's payload would spell out `false` for every country.
                {...(selected.includes(country.slug) ? { defaultChecked: true } : {})}
              />
              {country.name}
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        Compare
      </button>
    </form>
  )
}
