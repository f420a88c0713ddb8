import Link from 'next/link'

import type { CountrySummary } from '@/lib/data/readers/countries'

import { Flag } from './Flag'
import { countryUrls } from '@/lib/domain/urls'

// Set once on the list rather than on each of up to a few hundred items: at 200 countries,
// per-item classes were most of the page's weight (the HTML and React's copy of it).
const LIST_STYLE = [
  'grid grid-cols-1 gap-2 min-[480px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4',
  '[&_a]:flex [&_a]:items-center [&_a]:gap-3 [&_a]:rounded [&_a]:border [&_a]:border-slate-200',
  '[&_a]:p-2 [&_a]:text-brand-700 [&_a]:underline [&_a:hover]:bg-brand-50',
  '[&_img]:shrink-0 [&_img]:rounded-sm [&_img]:border [&_img]:border-slate-200',
].join(' ')

/** Links to countries, with their flags. */
export function CountryLinks({ countries, label }: { countries: CountrySummary[]; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className={LIST_STYLE}>
        {countries.map((country) => (
          <li key={country.slug}>
            <Link href={countryUrls(country.slug).page}>
              {/* The name follows, so the flag is decorative here. */}
              <Flag isoCode={country.isoCode} size="sm" />
              {country.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
