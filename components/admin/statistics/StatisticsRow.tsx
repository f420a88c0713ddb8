'use client'

import { Button } from '@payloadcms/ui'
import type { KeyboardEvent } from 'react'

import { TABLE_COLUMNS, type TableField } from '@/lib/domain/statistics/tableRows'

import type { EditorRow } from './tableState'

type Props = {
  row: EditorRow
  /** "2018", or "new row 2" for a year not saved yet: names the row's cells. */
  name: string
  problems: Partial<Record<TableField, string>>
  cellId: (field: TableField) => string
  onEdit: (field: TableField, text: string) => void
  onEnter: (field: TableField) => void
  onRemove?: () => void
}

/** One year of the statistics table: a text box per value, its problem right below it. */
export function StatisticsRow({ row, name, problems, cellId, onEdit, onEnter, onRemove }: Props) {
  const renderInput = ({ field, label }: (typeof TABLE_COLUMNS)[number]) => {
    const problem = problems[field]
    const id = cellId(field)
    const isText = field === 'source'
    return (
      <>
        <input
          id={id}
          type="text"
          inputMode={isText ? 'text' : 'numeric'}
          aria-label={`${label}, ${name}`}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          value={row.cells[field]}
          onChange={(event) => onEdit(field, event.target.value)}
          onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
            // Enter would submit the country's form; here it moves down, as in a spreadsheet.
            if (event.key !== 'Enter') return
            event.preventDefault()
            onEnter(field)
          }}
        />
        {problem && (
          <span id={`${id}-problem`} className="evcp-stats__problem">
            {problem}
          </span>
        )}
      </>
    )
  }
  const [yearColumn, ...valueColumns] = TABLE_COLUMNS
  return (
    <tr>
      <th scope="row">{row.saved ? row.cells.year : renderInput(yearColumn)}</th>
      {valueColumns.map((column) => (
        <td key={column.field}>{renderInput(column)}</td>
      ))}
      <td>
        {onRemove && (
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            aria-label={`Remove ${name}`}
            onClick={onRemove}
          >
            Remove
          </Button>
        )}
      </td>
    </tr>
  )
}
