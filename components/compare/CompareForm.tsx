import { AXIS_SCALES, type AxisScale } from '@/lib/domain/statistics/axisScale'
import type { CountrySummary } from '@/lib/data/readers/countries'
import { MEASURE_KEYS, type MeasureKey } from '@/lib/domain/statistics/measures'

import { CountryPicker } from './CountryPicker'
import { COMPARE_PAGE } from '@/lib/domain/urls'

type Props = { countries: CountrySummary[]; selected: string[]; measure: MeasureKey; scale: AxisScale }

const MEASURE_LABELS: Record<MeasureKey, string> = {
  registrations: 'New registrations',
  share: 'Share of new cars',
  index: 'Growth (first year = 100)',
}
const SCALE_LABELS: Record<AxisScale, string> = { linear: 'Linear', log: 'Logarithmic' }

// Set once on each group rather than on every option.
const OPTIONS_STYLE =
  'flex flex-wrap gap-x-5 gap-y-1 rounded border border-slate-300 p-3 [&_label]:flex [&_label]:items-center [&_label]:gap-2 [&_input]:size-4'

/** Choose countries, measure and scale; a plain GET form, so it works without JavaScript. */
export function CompareForm({ countries, selected, measure, scale }: Props) {
  return (
    <form method="get" action={COMPARE_PAGE} className="no-print space-y-3">
      <CountryPicker countries={countries.map(({ slug, name }) => ({ slug, name }))} selected={selected} />
      <div className="grid gap-3 md:grid-cols-2">
        <fieldset className={OPTIONS_STYLE}>
          <legend className="px-1 font-semibold">Measure</legend>
          {MEASURE_KEYS.map((key) => (
            <label key={key}>
              <input type="radio" name="measure" value={key} defaultChecked={key === measure} />
              {MEASURE_LABELS[key]}
            </label>
          ))}
        </fieldset>
        <fieldset className={OPTIONS_STYLE}>
          <legend className="px-1 font-semibold">Vertical scale</legend>
          {AXIS_SCALES.map((key) => (
            <label key={key}>
              <input type="radio" name="scale" value={key} defaultChecked={key === scale} />
              {SCALE_LABELS[key]}
            </label>
          ))}
        </fieldset>
      </div>
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        Compare
      </button>
    </form>
  )
}
