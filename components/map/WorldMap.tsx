import { formatValue, type ValueKind } from '@/lib/domain/format'
import type { WorldDrawing } from '@/lib/render/map/drawWorld'
import type { MapModel, MapEntry } from '@/lib/domain/map/mapEntries'
import { countryUrls } from '@/lib/domain/urls'

type Props = { id: string; title: string; drawing: WorldDrawing; model: MapModel; kind: ValueKind }

/** Fill of non-members, and the hatching of members without data (told apart by pattern, not colour). */
export const OTHER_FILL = '#e2e8f0'
export const NO_DATA_STROKE = '#64748b'

// Set once on the map: a focused member gets a thick black outline (its link has no box to ring).
const MAP_STYLE =
  'block h-auto w-full [&_a]:outline-none [&_a:focus-visible>*]:stroke-black [&_a:focus-visible>*]:[stroke-width:3]'

/** What a member's link says: "Belgium: 3,733 (2018)" or "Belgium: no data". */
export function describeEntry(entry: MapEntry, kind: ValueKind): string {
  return entry.latest
    ? `${entry.name}: ${formatValue(kind, entry.latest.value)} (${entry.latest.year})`
    : `${entry.name}: no data`
}

/**
 * The world map, drawn on the server: non-members in grey as one shape, each member a link to its
 * page, filled by its colour step or hatched when it has no data. Members too small for the map's
 * scale are dots; the table beside the map lists every value.
 */
export function WorldMap({ id, title, drawing, model, kind }: Props) {
  const fillOf = (entry: MapEntry) =>
    entry.latest ? (model.scale.bins[entry.latest.bin]?.colour ?? OTHER_FILL) : `url(#${id}-no-data)`
  return (
    <svg
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      width="100%"
      role="group"
      aria-labelledby={`${id}-title`}
      className={`map-drawing ${MAP_STYLE}`}
    >
      <title id={`${id}-title`}>{title}</title>
      <defs>
        <pattern
          id={`${id}-no-data`}
          width={5}
          height={5}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={5} height={5} fill="#ffffff" />
          <line x1={0} y1={0} x2={0} y2={5} stroke={NO_DATA_STROKE} strokeWidth={2} />
        </pattern>
      </defs>
      <path d={drawing.others} fill={OTHER_FILL} stroke="#ffffff" strokeWidth={0.5} aria-hidden="true" />
      <g stroke="#1e293b" strokeWidth={0.6} strokeLinejoin="round">
        {model.entries.map((entry) => {
          const shape = drawing.members[entry.isoCode]
          if (!shape || shape.kind === 'none') return null
          return (
            <a key={entry.slug} href={countryUrls(entry.slug).page} aria-label={describeEntry(entry, kind)}>
              {shape.kind === 'area' ? (
                <path d={shape.d} fill={fillOf(entry)} />
              ) : (
                <circle cx={shape.x} cy={shape.y} r={4} fill={fillOf(entry)} />
              )}
            </a>
          )
        })}
      </g>
    </svg>
  )
}
