import type { ReleaseChanges as Changes } from '@/lib/domain/open-data/releaseDiff'
import { formatCell } from '@/lib/domain/format'
import { countryUrls } from '@/lib/domain/urls'

type Props = { changes: Changes; previous: string | null }

const link = 'text-brand-700 underline'

function Places({
  title,
  items,
}: {
  title: string
  items: { key: string; name: string; slug: string; text: string }[]
}) {
  if (items.length === 0) return null
  return (
    <div className="space-y-1">
      <h3 className="text-lg font-semibold">{title}</h3>
      <ul className="list-disc pl-6">
        {items.map((item) => (
          <li key={item.key}>
            <a href={countryUrls(item.slug).page} className={link}>
              {item.name}
            </a>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  )
}

const countries = (list: Changes['countriesAdded']) =>
  list.map((c) => ({ key: c.isoCode, name: c.name, slug: c.slug, text: '' }))
const years = (list: Changes['yearsAdded']) =>
  list.map((c) => ({ key: `${c.isoCode}-${c.year}`, name: c.name, slug: c.slug, text: `: ${c.year}` }))

/** What changed since the previous release: countries and years added or removed, values revised. */
export function ReleaseChanges({ changes, previous }: Props) {
  const { revised } = changes
  const isUnchanged =
    revised.length === 0 &&
    [changes.countriesAdded, changes.countriesRemoved, changes.yearsAdded, changes.yearsRemoved].every(
      (list) => list.length === 0,
    )
  return (
    <div className="space-y-4">
      <p className="text-slate-800">
        {previous ? `Compared with release ${previous}.` : 'The first release: everything in it is new.'}{' '}
        {isUnchanged && 'No figure changed.'}
        {previous && changes.unchangedYears > 0 && ` ${changes.unchangedYears} country-years are unchanged.`}
      </p>
      <Places title="Countries added" items={countries(changes.countriesAdded)} />
      <Places title="Countries removed" items={countries(changes.countriesRemoved)} />
      <Places title="Years added" items={years(changes.yearsAdded)} />
      <Places title="Years removed" items={years(changes.yearsRemoved)} />
      {revised.length > 0 && (
        <div className="space-y-1 overflow-x-auto">
          <h3 className="text-lg font-semibold">Values revised</h3>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                {['Country', 'Year', 'Figure', 'Old value', 'New value'].map((heading) => (
                  <th key={heading} scope="col" className="py-2 pr-4">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {revised.map((value) => (
                <tr
                  key={`${value.isoCode}-${value.year}-${value.figure}`}
                  className="border-b border-slate-200"
                >
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {value.name}
                  </th>
                  <td className="py-2 pr-4">{value.year}</td>
                  <td className="py-2 pr-4">{value.label}</td>
                  <td className="py-2 pr-4 tabular-nums">{formatCell(value.from)}</td>
                  <td className="py-2 pr-4 tabular-nums">{formatCell(value.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
