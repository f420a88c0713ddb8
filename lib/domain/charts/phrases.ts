import { formatNumber, formatValue, type ValueKind } from '@/lib/domain/format'

import type { Change, KnownPoint } from './facts'

const POINTS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const SMALL_POINTS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** What the values of a part are called: "BEV registrations", "BEV share of new cars", "the BEV index". */
export function nameFigure(kind: ValueKind, part: string): string {
  if (kind === 'share') return `${part} share of new cars`
  if (kind === 'index') return `the ${part} index`
  return `${part} registrations`
}

/** A value as the page shows it: "18,624", "12.5%", "340". */
export const sayValue = (kind: ValueKind, value: number) => formatValue(kind, value)

/** "147 in 2010". */
export const sayPoint = (kind: ValueKind, { value, year }: KnownPoint) =>
  `${sayValue(kind, value)} in ${year}`

/** The size of a change: a number, index points, or percentage points of a share. */
export function sayAmount(kind: ValueKind, delta: number): string {
  const size = Math.abs(delta)
  if (kind === 'share') {
    const points = size * 100
    return `${(points < 1 ? SMALL_POINTS : POINTS).format(points)} percentage points`
  }
  if (kind === 'index') return `${formatNumber(Math.round(size))} points`
  return formatNumber(size)
}

/** "a rise of 8,010 from 2019 to 2020". */
export function sayChange(kind: ValueKind, { from, to, delta }: Change): string {
  return `a ${delta >= 0 ? 'rise' : 'fall'} of ${sayAmount(kind, delta)} from ${from.year} to ${to.year}`
}
