import { DATA_TABLE_STYLE } from '@/components/charts/dataTableStyle'
import { formatValue, type ValueKind } from '@/lib/domain/format'
import type { MapEntry } from '@/lib/domain/map/mapEntries'
import { countryUrls } from '@/lib/domain/urls'

type Props = {
  caption: string
  entries: MapEntry[]
  kind: ValueKind
  valueLabel: string
  notDrawn: Set<string>
}

/** The map's values as a ranking: place, country (a link), value and its year; members without data last. */
export function MapTable({ caption, entries, kind, valueLabel, notDrawn }: Props) {
  return (
    <table className={DATA_TABLE_STYLE}>
      <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-right">
            Rank
          </th>
          <th scope="col" className="text-left">
            Country
          </th>
          <th scope="col" className="text-right">
            {valueLabel}
          </th>
          <th scope="col" className="text-right">
            Year
          </th>
        </tr>
      </thead>
      <tbody className="[&_a]:text-brand-700 [&_a]:underline">
        {entries.map((entry) => (
          <tr key={entry.slug}>
            <td>{entry.latest?.rank ?? '–'}</td>
            <th scope="row">
              {/* A plain link: with 200 members, 200 client-side Links would each be hydrated. */}
              <a href={countryUrls(entry.slug).page}>{entry.name}</a>
              {notDrawn.has(entry.isoCode) && (
                <span className="text-slate-600"> (not drawn at this scale)</span>
              )}
            </th>
            <td>{formatValue(kind, entry.latest?.value ?? null)}</td>
            <td>{entry.latest?.year ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
