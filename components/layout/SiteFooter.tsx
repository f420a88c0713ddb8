import Link from 'next/link'

/** Site footer: what the site is and where its data can be downloaded. */
export function SiteFooter() {
  return (
    <footer className="site-footer mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-700 sm:flex-row sm:justify-between">
        <p>EV Country Profiles: electric-vehicle adoption and policy, country by country.</p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href="/ev-statistics.csv">All statistics (CSV)</Link>
          </li>
          <li>
            <Link href="/sitemap.xml">Sitemap</Link>
          </li>
          <li>
            <Link href="/admin">Editors</Link>
          </li>
        </ul>
      </div>
    </footer>
  )
}
