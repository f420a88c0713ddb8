import { INDICATOR_KEYS, INDICATORS, type IndicatorKey } from '@/lib/domain/statistics/indicators'

type Props = {
  action: string
  indicator: IndicatorKey
  /** Other parameters of the page to keep (the countries filter). */
  keep?: Record<string, string>
}

/** Chooses what the map shows; a plain GET form, so it works without JavaScript. */
export function IndicatorForm({ action, indicator, keep = {} }: Props) {
  return (
    <form method="get" action={action} className="no-print flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col">
        <label htmlFor="map-indicator" className="text-sm font-medium">
          Colour the map by
        </label>
        <select
          id="map-indicator"
          name="map"
          defaultValue={indicator}
          className="rounded border border-slate-400 bg-white px-2 py-1"
        >
          {INDICATOR_KEYS.map((key) => (
            <option key={key} value={key}>
              {INDICATORS[key].label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-900"
      >
        Show
      </button>
    </form>
  )
}
