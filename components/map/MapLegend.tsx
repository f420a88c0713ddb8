import type { ColourScale } from '@/lib/domain/map/colourBins'

import { OTHER_FILL } from './WorldMap'

type Props = {
  scale: ColourScale
  unit: string
  hasMissing: boolean
  /** The id of the map's hatching (ids are shared by every SVG of the page). */
  noDataPattern: string
}

function Swatch({ fill }: { fill: string }) {
  return (
    <svg
      width="24"
      height="16"
      viewBox="0 0 24 16"
      aria-hidden="true"
      focusable="false"
      className="map-swatch shrink-0"
    >
      <rect x={0.5} y={0.5} width={23} height={15} fill={fill} stroke="#1e293b" strokeWidth={1} />
    </svg>
  )
}

/** The map's legend in HTML: each colour step's range with the unit, then no data and non-members. */
export function MapLegend({ scale, unit, hasMissing, noDataPattern }: Props) {
  return (
    <div className="space-y-1 text-sm text-slate-800">
      <p className="font-medium">Legend ({unit})</p>
      <ul className="flex list-none flex-wrap gap-x-5 gap-y-1 [&_li]:flex [&_li]:items-center [&_li]:gap-2">
        {scale.bins.map((bin) => (
          <li key={bin.colour}>
            <Swatch fill={bin.colour} />
            {bin.label}
          </li>
        ))}
        {hasMissing && (
          <li>
            <Swatch fill={`url(#${noDataPattern})`} />
            member, no data
          </li>
        )}
        <li>
          <Swatch fill={OTHER_FILL} />
          not a member
        </li>
      </ul>
    </div>
  )
}
