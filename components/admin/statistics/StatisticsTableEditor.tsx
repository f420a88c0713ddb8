'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useId, useMemo, useState, type ClipboardEvent } from 'react'

import { parsePastedRows } from '@/lib/domain/statistics/parsePastedRows'
import {
  readTableRows,
  TABLE_COLUMNS,
  type CellProblem,
  type TableField,
} from '@/lib/domain/statistics/tableRows'

import { postStatisticsTable } from './postStatisticsTable'
import { StatisticsRow } from './StatisticsRow'
import { TableNotice, type Notice } from './TableNotice'
import * as state from './tableState'
import './statisticsTable.css'

type Props = { countryId: number | string; countryName: string; saved: state.Cells[]; url: string }

/**
 * A country's statistics as a table: every year a row, the values as editable cells, a year
 * added with a button or rows pasted from a spreadsheet, and one save for all of it.
 */
export function StatisticsTableEditor({ countryId, countryName, saved, url }: Props) {
  const idPrefix = useId()
  const [rows, setRows] = useState(() => state.startRows(saved))
  const [refused, setRefused] = useState<CellProblem[]>([])
  const [notice, setNotice] = useState<Notice | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  const checked = useMemo(() => readTableRows(rows.map((row) => row.cells)), [rows])
  const problems = useMemo(
    () => state.problemsByRow(rows, [...checked.problems, ...refused]),
    [rows, checked, refused],
  )
  const changed = rows.filter(state.isChanged)
  const cellId = (key: string, field: TableField) => `${idPrefix}-${key}-${field}`
  const nameOf = (row: state.EditorRow) =>
    row.saved ? row.cells.year : `new row ${rows.filter((r) => !r.saved).indexOf(row) + 1}`

  useEffect(() => {
    if (changed.length === 0) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [changed.length])

  function update(next: state.EditorRow[]) {
    setRows(next)
    setRefused([])
  }

  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    const text = event.clipboardData.getData('text/plain')
    // A single value goes into the cell as usual; rows and columns fill the table.
    if (!/[\t\n]/.test(text.trim())) return
    event.preventDefault()
    const pasted = parsePastedRows(text)
    if ('error' in pasted) return setNotice({ kind: 'alert', text: pasted.error })
    update(state.applyPastedRows(rows, pasted.rows))
    const count = pasted.rows.length
    setNotice({
      kind: 'status',
      text: `Pasted ${count} ${count === 1 ? 'row' : 'rows'}. Check them, then save.`,
    })
  }

  async function save() {
    if (checked.problems.length > 0) {
      setNotice({ kind: 'alert', text: 'Nothing was saved: correct the marked cells first.' })
      const first = checked.problems[0]
      const key = first && rows[first.row]?.key
      if (key && first) document.getElementById(cellId(key, first.field))?.focus()
      return
    }
    setIsSaving(true)
    const outcome = await postStatisticsTable(url, countryId, changed.map(state.toRequestRow))
    setIsSaving(false)
    if (outcome.ok) {
      setRows(state.markSaved(rows))
      setRefused([])
      setNotice({ kind: 'status', text: `Saved: ${outcome.created} new, ${outcome.updated} updated.` })
      return
    }
    // The server numbered the rows it was sent; map them back to the table's rows.
    setRefused(
      outcome.cells.flatMap((problem) => {
        const row = changed[problem.row]
        return row ? [{ ...problem, row: rows.indexOf(row) }] : []
      }),
    )
    setNotice({ kind: 'alert', text: 'Nothing was saved.', details: outcome.messages })
  }

  return (
    <div className="evcp-stats">
      <div className="evcp-stats__scroller">
        <table aria-describedby={`${idPrefix}-hint`} onPaste={onPaste}>
          <caption>EV statistics of {countryName}: new passenger cars registered per year</caption>
          <thead>
            <tr>
              {TABLE_COLUMNS.map((column) => (
                <th key={column.field} scope="col">
                  {column.label}
                </th>
              ))}
              <th scope="col">
                <span className="evcp-visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <StatisticsRow
                key={row.key}
                row={row}
                name={nameOf(row)}
                problems={problems.get(row.key) ?? {}}
                cellId={(field) => cellId(row.key, field)}
                onEdit={(field, text) => update(state.editCell(rows, row.key, field, text))}
                onEnter={(field) => {
                  const next = rows[index + 1]
                  if (next) document.getElementById(cellId(next.key, field))?.focus()
                }}
                onRemove={row.saved ? undefined : () => update(rows.filter((other) => other !== row))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p id={`${idPrefix}-hint`}>
        An empty cell means no data, not 0. To copy rows from a spreadsheet, paste them into any cell: the
        columns Year, BEV, PHEV, HEV, Total new cars and Source, with or without their header row.
      </p>
      <div className="evcp-stats__actions">
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          onClick={() => update(state.addYear(rows))}
        >
          Add a year
        </Button>
        <Button
          buttonStyle="primary"
          size="medium"
          margin={false}
          disabled={changed.length === 0 || isSaving}
          onClick={() => void save()}
        >
          Save statistics
        </Button>
        {changed.length > 0 && (
          <Button
            buttonStyle="secondary"
            size="medium"
            margin={false}
            onClick={() => update(state.discardChanges(rows))}
          >
            Discard changes
          </Button>
        )}
      </div>
      <TableNotice notice={notice} />
    </div>
  )
}
