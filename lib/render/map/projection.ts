import { geoEqualEarth, geoStream, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'

import type { Ring } from './pathData'

/** Width of the map in viewBox units; its height follows from the projection. */
export const MAP_WIDTH = 800

/** Natural Earth's 1:110m countries, as world-atlas ships them (ids are ISO 3166-1 numeric codes). */
export const WORLD = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>

/** Antarctica: its area would take a fifth of the map and no member is there. */
const ANTARCTICA = '010'

/** The countries drawn: every one of the 1:110m map but Antarctica. */
export const DRAWN_COUNTRIES = WORLD.objects.countries.geometries.filter(
  (geometry) => geometry.id !== ANTARCTICA,
)

type FittedProjection = { projection: GeoProjection; height: number }

let fitted: FittedProjection | undefined

/** Equal Earth (areas kept true, so no country looks bigger than it is), fitted to the map's width. */
export function getProjection(): FittedProjection {
  if (fitted) return fitted
  const land = feature(WORLD, { type: 'GeometryCollection', geometries: DRAWN_COUNTRIES })
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, land)
  const [[, top], [, bottom]] = geoPathBounds(projection, land)
  fitted = { projection, height: Math.ceil(bottom - top) }
  return fitted
}

/** Vertical and horizontal extent of an object once projected. */
function geoPathBounds(
  projection: GeoProjection,
  object: GeoPermissibleObjects,
): [[number, number], [number, number]] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const ring of projectRings(projection, object)) {
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x)
      y0 = Math.min(y0, y)
      x1 = Math.max(x1, x)
      y1 = Math.max(y1, y)
    }
  }
  return [
    [x0, y0],
    [x1, y1],
  ]
}

/** The projected rings of a geographic object, cut at the antimeridian as d3-geo does. */
export function projectRings(projection: GeoProjection, object: GeoPermissibleObjects): Ring[] {
  const rings: Ring[] = []
  let ring: Ring = []
  geoStream(
    object,
    projection.stream({
      point: (x, y) => ring.push([x, y]),
      lineStart: () => {
        ring = []
      },
      lineEnd: () => {
        if (ring.length > 0) rings.push(ring)
      },
      polygonStart: () => undefined,
      polygonEnd: () => undefined,
      sphere: () => undefined,
    }),
  )
  return rings
}
