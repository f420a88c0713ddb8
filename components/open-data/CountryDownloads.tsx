import type { CountrySummary } from '@/lib/data/readers/countries'
import { countryUrls } from '@/lib/domain/urls'

const FILES = [
  { key: 'csv', label: 'CSV' },
  { key: 'json', label: 'JSON' },
  { key: 'svg', label: 'Chart (SVG)' },
  { key: 'png', label: 'Chart (PNG)' },
  { key: 'embed', label: 'Embed' },
] as const

/** Each published country's files: its statistics, its chart as an image and the embeddable chart. */
export function CountryDownloads({ countries }: { countries: readonly CountrySummary[] }) {
  if (countries.length === 0) return <p className="text-slate-700">No country is published yet.</p>
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Files of each country</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Country
            </th>
            {FILES.map((file) => (
              <th key={file.key} scope="col" className="py-2 pr-4">
                {file.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {countries.map((country) => {
            const urls = countryUrls(country.slug)
            return (
              <tr key={country.slug} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <a href={urls.page} className="text-brand-700 underline">
                    {country.name}
                  </a>
                </th>
                {FILES.map((file) => (
                  <td key={file.key} className="py-2 pr-4">
                    <a
                      href={urls[file.key]}
                      className="text-brand-700 underline"
                      aria-label={`${country.name}: ${file.label}`}
                    >
                      {file.label}
                    </a>
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
