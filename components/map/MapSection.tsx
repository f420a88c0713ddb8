import { ScrollRegion } from '@/components/ScrollRegion'
import type { CountryStatistics } from '@/lib/data/readers/statistics'
import { drawWorld } from '@/lib/render/map/drawWorld'
import { buildMapModel } from '@/lib/domain/map/mapEntries'
import { INDICATORS, type IndicatorKey } from '@/lib/domain/statistics/indicators'

import { IndicatorForm } from './IndicatorForm'
import { MapLegend } from './MapLegend'
import { MapTable } from './MapTable'
import { WorldMap } from './WorldMap'

type Props = {
  members: CountryStatistics[]
  indicator: IndicatorKey
  /** The page the indicator form submits to, and the parameters it keeps. */
  action: string
  keep?: Record<string, string>
  /** Set when the address named an indicator that does not exist. */
  isUnknown?: boolean
}

const MAP_ID = 'members-map'

/** "Where members stand": the map coloured by an indicator, its legend, and the same values as a ranked table. */
export async function MapSection({ members, indicator, action, keep, isUnknown = false }: Props) {
  const definition = INDICATORS[indicator]
  const model = buildMapModel(members, indicator)
  const drawing = await drawWorld(model.entries.map((entry) => entry.isoCode))
  const notDrawn = new Set(
    model.entries.filter((entry) => drawing.members[entry.isoCode]?.kind === 'none').map((e) => e.isoCode),
  )
  const title = `Map of member countries by ${definition.label}, each in its latest year with data`
  const caption = `${definition.label}: members ranked, each in its latest year with data`
  return (
    <section aria-labelledby="map-heading" className="space-y-4">
      <h2 id="map-heading" className="text-2xl font-semibold">
        Where members stand
      </h2>
      {isUnknown && (
        <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3">
          Unknown map indicator: showing {definition.label}.
        </p>
      )}
      <IndicatorForm action={action} indicator={indicator} keep={keep} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <figure className="space-y-2">
          <WorldMap id={MAP_ID} title={title} drawing={drawing} model={model} kind={definition.kind} />
          <figcaption>
            <MapLegend
              scale={model.scale}
              unit={definition.unit}
              hasMissing={model.entries.some((entry) => entry.latest === null)}
              noDataPattern={`${MAP_ID}-no-data`}
            />
          </figcaption>
        </figure>
        <ScrollRegion label={caption} className="max-h-[32rem] overflow-y-auto">
          <MapTable
            caption={caption}
            entries={model.entries}
            kind={definition.kind}
            valueLabel={definition.kind === 'share' ? 'Share' : 'New cars'}
            notDrawn={notDrawn}
          />
        </ScrollRegion>
      </div>
    </section>
  )
}
