import type { Metadata } from 'next'
import Link from 'next/link'
import { COUNTRIES_PAGE, POLICIES_PAGE, SEARCH_PAGE } from '@/lib/domain/urls'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href={COUNTRIES_PAGE} className="text-brand-700 underline">
            Browse the countries
          </Link>
        </li>
        <li>
          <Link href={POLICIES_PAGE} className="text-brand-700 underline">
            Read the policy articles
          </Link>
        </li>
        <li>
          <Link href={SEARCH_PAGE} className="text-brand-700 underline">
            Search the site
          </Link>
        </li>
      </ul>
    </div>
  )
}
