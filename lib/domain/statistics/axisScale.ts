/** How values can be spread along a chart's vertical axis (`?scale=`), the default first. */
export const AXIS_SCALES = ['linear', 'log'] as const

/** A vertical axis scale: linear from 0, or powers of ten. */
export type AxisScale = (typeof AXIS_SCALES)[number]
