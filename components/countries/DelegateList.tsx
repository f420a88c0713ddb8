import type { CountryPageData } from '@/lib/data/readers/countries'

/** Delegates with affiliation and a mailto link. */
export function DelegateList({ delegates }: { delegates: CountryPageData['delegates'] }) {
  if (delegates.length === 0) return <p className="text-slate-700">No delegates listed yet.</p>
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {delegates.map((delegate) => (
        <li key={`${delegate.name}-${delegate.email ?? ''}`} className="rounded border border-slate-200 p-3">
          <p className="font-semibold">{delegate.name}</p>
          {delegate.affiliation && <p className="text-slate-700">{delegate.affiliation}</p>}
          {delegate.email && (
            <p>
              <a href={`mailto:${delegate.email}`} className="text-brand-700 underline">
                {delegate.email}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
