/** Marker shapes that tell series apart without relying on colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross'

/** How one series is drawn: colour, marker shape and dash pattern. */
export type SeriesStyle = { color: string; marker: MarkerShape; dash: string | undefined }

// Okabe–Ito, safe for colour-vision deficiencies, every one at 3:1 or more on white (WCAG 1.4.11):
// its orange and sky blue (2.3:1) are darkened to a golden brown and a purple.
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#9A6B00', '#6A3D9A']
const MARKERS: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross']
const DASHES: Array<string | undefined> = [undefined, '8 4', '2 3', '8 3 2 3', '12 4', '4 4']

/** The entry at `index`, wrapping around when there are more series than entries. */
function pickCyclic<T>(list: readonly T[], index: number, fallback: T): T {
  return list[Math.abs(Math.trunc(index)) % list.length] ?? fallback
}

/** The style of the series at `index`; colour, marker and dash each differ between neighbours. */
export function pickSeriesStyle(index: number): SeriesStyle {
  return {
    color: pickCyclic(SERIES_COLORS, index, '#000000'),
    marker: pickCyclic(MARKERS, index, 'circle'),
    dash: pickCyclic(DASHES, index, undefined),
  }
}
