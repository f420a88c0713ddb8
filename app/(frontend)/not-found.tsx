import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/countries" className="text-brand-700 underline">
            Browse the countries
          </Link>
        </li>
        <li>
          <Link href="/policies" className="text-brand-700 underline">
            Read the policy articles
          </Link>
        </li>
        <li>
          <Link href="/search" className="text-brand-700 underline">
            Search the site
          </Link>
        </li>
      </ul>
    </div>
  )
}
