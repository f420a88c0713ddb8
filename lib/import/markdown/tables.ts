import type { Table } from 'mdast'

import {
  type LexicalJson,
  paragraphNode,
  tableCellNode,
  tableNode,
  tableRowNode,
} from '@/lib/domain/richtext/build'

import type { ConvertContext } from './context'
import { convertInline, INLINE_ONLY } from './inline'

/**
 * A Markdown table as a Lexical table: the first row holds the column headers. Rows shorter than
 * the header get empty cells, so every row has as many cells as there are columns.
 */
export function convertTable(table: Table, ctx: ConvertContext): LexicalJson {
  const columns = Math.max(...table.children.map((row) => row.children.length), 1)
  const rows = table.children.map((row, rowIndex) => {
    const cells: LexicalJson[] = []
    for (let column = 0; column < columns; column++) {
      const cell = row.children[column]
      const content = cell ? convertInline(cell.children, ctx, INLINE_ONLY) : []
      cells.push(tableCellNode(rowIndex === 0, [paragraphNode(content)]))
    }
    return tableRowNode(cells)
  })
  return tableNode(rows)
}
