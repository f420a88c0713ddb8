import Link from 'next/link'

import type { CountrySummary } from '@/lib/data/countries'

import { Flag } from './Flag'

/** Links to countries, with their flags. */
export function CountryLinks({ countries, label }: { countries: CountrySummary[]; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="grid grid-cols-1 gap-2 min-[480px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4">
        {countries.map((country) => (
          <li key={country.slug}>
            <Link
              href={`/countries/${country.slug}`}
              className="flex items-center gap-3 rounded border border-slate-200 p-2 text-brand-700 underline hover:bg-brand-50"
            >
              <Flag isoCode={country.isoCode} name={country.name} size="sm" />
              {country.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
