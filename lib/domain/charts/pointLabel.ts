import { formatValue, type ValueKind } from '@/lib/domain/format'

const UNITS: Record<ValueKind, (value: string) => string> = {
  count: (value) => `${value} new registrations`,
  share: (value) => `${value} of new passenger cars`,
  index: (value) => `${value} (index, first year = 100)`,
}

/** What one point of a chart says when it is reached: "2019, BEV: 10,850 new registrations". */
export function labelPoint(kind: ValueKind, line: string, year: number, value: number): string {
  return `${year}, ${line}: ${UNITS[kind](formatValue(kind, value))}`
}
