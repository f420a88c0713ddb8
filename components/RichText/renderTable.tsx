import type { ReactNode } from 'react'

import { ScrollRegion } from '@/components/ScrollRegion'
import { childrenOf, type LexicalNode, textOf } from '@/lib/domain/richtext/nodes'

import type { RenderContext } from './types'

const HEADER_ROW = 1
const HEADER_COLUMN = 2

/** A cell's content; a cell holding one paragraph shows its text without the paragraph's margins. */
function renderCellContent(cell: LexicalNode, ctx: RenderContext): ReactNode[] {
  const children = childrenOf(cell)
  const only = children.length === 1 ? children[0] : undefined
  return only?.type === 'paragraph' ? ctx.renderChildren(only) : ctx.renderChildren(cell)
}

function renderCell(cell: LexicalNode, key: number, ctx: RenderContext): ReactNode {
  const state = typeof cell.headerState === 'number' ? cell.headerState : 0
  const content = renderCellContent(cell, ctx)
  const className = 'border border-slate-300 px-3 py-2 text-left align-top'
  if (state & HEADER_ROW) {
    return (
      <th key={key} scope="col" className={`${className} bg-slate-100 font-semibold`}>
        {content}
      </th>
    )
  }
  if (state & HEADER_COLUMN) {
    return (
      <th key={key} scope="row" className={`${className} font-semibold`}>
        {content}
      </th>
    )
  }
  return (
    <td key={key} className={className}>
      {content}
    </td>
  )
}

/** True for a row whose cells are all column headers: it goes into the table's head. */
function isHeaderRow(row: LexicalNode): boolean {
  const cells = childrenOf(row)
  return (
    cells.length > 0 &&
    cells.every((cell) => typeof cell.headerState === 'number' && cell.headerState & HEADER_ROW)
  )
}

/**
 * A table in a region that scrolls sideways on narrow screens; the region is named after the
 * column headers so screen-reader users can tell several tables apart.
 */
export function renderTable(node: LexicalNode, ctx: RenderContext): ReactNode {
  const rows = childrenOf(node).filter((row) => row.type === 'tablerow')
  if (rows.length === 0) return null
  const head = rows[0] && isHeaderRow(rows[0]) ? rows.slice(0, 1) : []
  const body = rows.slice(head.length)
  const renderRow = (row: LexicalNode, index: number) => (
    <tr key={index}>{childrenOf(row).map((cell, i) => renderCell(cell, i, ctx))}</tr>
  )
  const headers = head[0] ? childrenOf(head[0]).map(textOf).filter(Boolean).join(', ') : ''
  const label = headers ? `Table: ${headers}` : 'Table'
  return (
    <ScrollRegion label={label} className="my-6">
      <table className="min-w-full border-collapse text-sm">
        {head.length > 0 && <thead>{head.map(renderRow)}</thead>}
        <tbody>{body.map(renderRow)}</tbody>
      </table>
    </ScrollRegion>
  )
}
