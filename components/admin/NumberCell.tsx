import { formatNumber } from '@/lib/domain/format'

/** A count in an admin list with thousands separators ("13,226"); empty stays empty (no data). */
export function NumberCell({ cellData }: { cellData?: unknown }) {
  return typeof cellData === 'number' ? <span>{formatNumber(cellData)}</span> : null
}
