import Link from 'next/link'
import {
  COMPARE_PAGE,
  COUNTRIES_PAGE,
  DATA_PAGE,
  POLICIES_PAGE,
  PUBLICATIONS_PAGE,
  SEARCH_PAGE,
  TASKS_PAGE,
} from '@/lib/domain/urls'

const NAV = [
  { href: COUNTRIES_PAGE, label: 'Countries' },
  { href: POLICIES_PAGE, label: 'Policies' },
  { href: TASKS_PAGE, label: 'Tasks' },
  { href: PUBLICATIONS_PAGE, label: 'Publications' },
  { href: COMPARE_PAGE, label: 'Compare' },
  { href: DATA_PAGE, label: 'Open data' },
]

/** The one header of the public site: name, main navigation and a search box (plain GET form). */
export function SiteHeader() {
  return (
    <header className="site-header border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-white no-underline">
          EV Country Profiles
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={SEARCH_PAGE} method="get" role="search" className="ml-auto flex items-center gap-2">
          <label htmlFor="site-search" className="sr-only">
            Search the site
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Search"
            className="w-36 rounded border border-white/40 bg-white px-2 py-1 text-slate-900 placeholder:text-slate-600 sm:w-48"
          />
          <button
            type="submit"
            className="rounded bg-white px-3 py-1 font-medium text-brand-900 hover:bg-brand-100"
          >
            Search
          </button>
        </form>
      </div>
    </header>
  )
}
