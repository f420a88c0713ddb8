import { HowToCite } from '@/components/open-data/HowToCite'
import type { Citation } from '@/lib/domain/open-data/citation'
import type { Download } from '@/lib/domain/open-data/countryData'
import { DATA_PAGE } from '@/lib/domain/urls'

type Props = {
  /** What the data is about ("Belgium", "the selected countries"). */
  subject: string
  downloads: readonly Download[]
  /** The HTML that embeds the chart and table in another site, or null where there is no embed. */
  embedHtml: string | null
  citation: Citation
}

/**
 * "Use this data": the downloads, the code that embeds the chart elsewhere, and how to cite it,
 * with a pointer to the data page (every download, the releases, the update feed).
 */
export function DataAccess({ subject, downloads, embedHtml, citation }: Props) {
  return (
    <section aria-labelledby="data-access-heading" className="no-print space-y-4">
      <h2 id="data-access-heading" className="text-2xl font-semibold">
        Use this data
      </h2>
      <p className="text-slate-700">
        Free to reuse under the{' '}
        <a href={citation.licence.url} rel="license" className="text-brand-700 underline">
          {citation.licence.name}
        </a>{' '}
        licence, with credit to {citation.publisher}. All countries, numbered releases and the update feed are
        on the{' '}
        <a href={DATA_PAGE} className="text-brand-700 underline">
          open data page
        </a>
        .
      </p>
      <ul aria-label={`Downloads for ${subject}`} className="space-y-1">
        {downloads.map(({ href, label, format }) => (
          <li key={href}>
            <a href={href} className="font-medium text-brand-700 underline">
              {label}
            </a>{' '}
            <span className="text-slate-600">({format})</span>
          </li>
        ))}
      </ul>
      {embedHtml && (
        <div className="space-y-1">
          <h3 className="text-lg font-semibold">Embed the chart</h3>
          <p className="text-slate-700">Paste this into a web page to show the chart and its table there:</p>
          <pre className="max-w-3xl rounded border border-slate-200 bg-slate-50 p-3 text-sm break-all whitespace-pre-wrap">
            <code>{embedHtml}</code>
          </pre>
        </div>
      )}
      <HowToCite citation={citation} level={3} />
    </section>
  )
}
