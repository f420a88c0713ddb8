import { geoCentroid } from 'd3-geo'
import { alpha2ToNumeric } from 'i18n-iso-countries'
import { feature, merge } from 'topojson-client'
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Polygon,
  Topology,
} from 'topojson-specification'

import { encodeRings } from './pathData'
import { DRAWN_COUNTRIES, getProjection, MAP_WIDTH, projectRings, WORLD } from './projection'

/** How a member appears: its outline, a dot where it is too small for the 1:110m map, or not at all. */
export type MemberShape =
  | { kind: 'area'; d: string }
  | { kind: 'dot'; x: number; y: number }
  | { kind: 'none' }

/** The map's drawing: every non-member as one path, and each member's own shape by ISO alpha-2 code. */
export type WorldDrawing = {
  width: number
  height: number
  others: string
  members: Record<string, MemberShape>
}

/** Countries are polygons; the type allows points and lines too. */
const isArea = <P extends object>(geometry: GeometryObject<P>): geometry is Polygon<P> | MultiPolygon<P> =>
  geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'

/** The ISO 3166-1 numeric code world-atlas uses as an id ("056" for BE), or undefined. */
function numericCodeOf(isoCode: string): string | undefined {
  return alpha2ToNumeric(isoCode.toUpperCase())
}

/** Centroids of countries too small for the 1:110m map (Malta, Singapore…), from the 1:50m one. */
async function findSmallCountryCentres(
  numericCodes: readonly string[],
): Promise<Map<string, [number, number]>> {
  const centres = new Map<string, [number, number]>()
  if (numericCodes.length === 0) return centres
  // Loaded only when a member needs it: the 1:50m file is seven times the size of the 1:110m one.
  const { default: detailed } = await import('world-atlas/countries-50m.json')
  const topology = detailed as unknown as Topology<{ countries: GeometryCollection }>
  for (const geometry of topology.objects.countries.geometries) {
    const id = String(geometry.id)
    if (numericCodes.includes(id)) centres.set(id, geoCentroid(feature(topology, geometry)))
  }
  return centres
}

/**
 * Draws the world for a list of members (ISO alpha-2 codes): the other countries merged into one
 * path without inner borders (far fewer bytes), each member as its own path so it can be a link.
 */
export async function drawWorld(memberCodes: readonly string[]): Promise<WorldDrawing> {
  const { projection, height } = getProjection()
  const wanted = new Map(memberCodes.map((code) => [numericCodeOf(code), code]))
  const memberGeometries = DRAWN_COUNTRIES.filter((geometry) => wanted.has(String(geometry.id)))
  const otherGeometries = DRAWN_COUNTRIES.filter((geometry) => !wanted.has(String(geometry.id)))
  const members: Record<string, MemberShape> = {}
  for (const geometry of memberGeometries) {
    const code = wanted.get(String(geometry.id))
    if (code)
      members[code] = { kind: 'area', d: encodeRings(projectRings(projection, feature(WORLD, geometry))) }
  }
  const missing = memberCodes.filter((code) => !members[code])
  const centres = await findSmallCountryCentres(missing.flatMap((code) => numericCodeOf(code) ?? []))
  for (const code of missing) {
    const centre = centres.get(numericCodeOf(code) ?? '')
    const point = centre ? projection(centre) : null
    members[code] = point
      ? { kind: 'dot', x: Math.round(point[0]), y: Math.round(point[1]) }
      : { kind: 'none' }
  }
  return {
    width: MAP_WIDTH,
    height,
    others: encodeRings(projectRings(projection, merge(WORLD, otherGeometries.filter(isArea)))),
    members,
  }
}
