/** A ring of screen points, as the projection streams it. */
export type Ring = Array<[number, number]>

/**
 * SVG path data for closed rings on whole-number coordinates: each ring starts with an absolute
 * `M`, then relative steps (`l1-2 3 4`), which are shorter than absolute ones. Points that round
 * onto the previous one are dropped, and rings with fewer than three distinct points left (islands
 * smaller than a unit) are left out. A map is in the HTML and again in React's payload: every
 * byte counts twice.
 */
export function encodeRings(rings: readonly Ring[]): string {
  let out = ''
  for (const ring of rings) {
    const points: Ring = []
    for (const [x, y] of ring) {
      const point: [number, number] = [Math.round(x), Math.round(y)]
      const last = points[points.length - 1]
      if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point)
    }
    const first = points[0]
    const last = points[points.length - 1]
    if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop()
    if (!first || points.length < 3) continue
    out += `M${first[0]} ${first[1]}l`
    for (let i = 1; i < points.length; i += 1) {
      const [x, y] = points[i] ?? first
      const [px, py] = points[i - 1] ?? first
      const dx = x - px
      const dy = y - py
      // A minus sign separates numbers by itself; anything else needs a space.
      out += `${i === 1 || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`
    }
    out += 'z'
  }
  return out
}
