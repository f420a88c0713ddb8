import type { ReleaseSummary } from '@/lib/data/readers/releases'
import { formatAccessDate } from '@/lib/domain/open-data/citation'
import { releasePage } from '@/lib/domain/urls'

/** The published releases, newest first, each with its date, notes and page. */
export function ReleaseList({ releases }: { releases: readonly ReleaseSummary[] }) {
  if (releases.length === 0) return <p className="text-slate-700">No data release has been published yet.</p>
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200">
      {releases.map((release) => (
        <li key={release.version} className="space-y-1 p-3">
          <p className="flex flex-wrap items-baseline gap-x-3">
            <a href={releasePage(release.version)} className="font-medium text-brand-700 underline">
              Release {release.version}
            </a>
            <span className="text-sm text-slate-700">
              published{' '}
              <time dateTime={release.publishedAt}>{formatAccessDate(new Date(release.publishedAt))}</time>,{' '}
              {release.countryCount} countries, {release.rowCount} country-years
            </span>
          </p>
          {release.notes && <p className="whitespace-pre-line text-slate-800">{release.notes}</p>}
        </li>
      ))}
    </ul>
  )
}
