import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { parseTasksCsv } from '@/lib/import/legacy/parseTasksCsv'
import type { Issue, ParseResult, TaskRow } from '@/lib/import/legacy/types'

const csv = readFileSync(fileURLToPath(new URL('../../seed/tasks.csv', import.meta.url)), 'utf8')

/** The parsed rows, failing the test with the errors when parsing failed. */
function rowsOf(result: ParseResult<TaskRow[]>): TaskRow[] {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`)
  return result.value
}

/** The errors, failing the test when parsing succeeded. */
function errorsOf(result: ParseResult<TaskRow[]>): Issue[] {
  if (result.ok) throw new Error('expected errors, got ok')
  return result.errors
}

/** The seed CSV with line `number` (1-based) replaced. */
function replaceLine(number: number, text: string): string {
  return csv
    .split('\n')
    .map((line, index) => (index === number - 1 ? text : line))
    .join('\n')
}

describe('parseTasksCsv on the seed', () => {
  const rows = rowsOf(parseTasksCsv(csv))
  const byNumber = new Map(rows.map((row) => [row.number, row]))

  it('reads every task, including quoted titles with commas', () => {
    expect(rows).toHaveLength(41)
    expect(byNumber.get(29)?.title).toBe('Electrified, Connected and Automated Vehicles')
    expect(byNumber.get(40)?.title).toBe('CRM4EV – Critical Raw Materials for Electric Vehicles')
  })

  it('reads open-ended periods as null', () => {
    expect(byNumber.get(1)).toEqual({
      number: 1,
      title: 'Information Exchange',
      status: 'ongoing',
      startYear: 1995,
      endYear: null,
    })
    expect(byNumber.get(2)).toMatchObject({ status: 'completed', startYear: 1994, endYear: 1999 })
  })
})

describe('parseTasksCsv refuses bad rows with their line', () => {
  it.each([
    ['a bad number', replaceLine(6, 'x7,Hybrid Vehicles,completed,2000,2005'), 6, /task number "x7"/],
    ['an unknown status', replaceLine(6, '7,Hybrid Vehicles,paused,2000,2005'), 6, /unknown status "paused"/],
    [
      'an end before the start',
      replaceLine(6, '7,Hybrid Vehicles,completed,2005,2000'),
      6,
      /before start_year/,
    ],
    ['a bad year', replaceLine(6, '7,Hybrid Vehicles,completed,20O0,2005'), 6, /start_year "20O0"/],
    ['a missing field', replaceLine(6, '7,Hybrid Vehicles,completed,2000'), 6, /expected 5 fields/],
    ['a repeated number', replaceLine(6, '2,Hybrid Vehicles,completed,2000,2005'), 6, /appears twice/],
    [
      'a missing column',
      replaceLine(1, 'number,title,state,start_year,end_year'),
      1,
      /missing column "status"/,
    ],
    ['an unclosed quote', replaceLine(42, '45,"Electrified Roadways,ongoing,2021,2024'), 42, /never closed/],
    [
      'a stray opening quote',
      replaceLine(6, '7,"Hybrid Vehicles,completed,2000,2005'),
      6,
      /lines 6-27; check the quotes/,
    ],
  ])('%s', (_, source, line, message) => {
    const errors = errorsOf(parseTasksCsv(source))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.line).toBe(line)
    expect(errors[0]?.message).toMatch(message)
  })

  it('counts lines inside quoted fields, and CRLF line ends', () => {
    const source =
      'number,title,status,start_year,end_year\r\n1,"Two\r\nlines",ongoing,2000,\r\n2,B,done,2000,2001\r\n'
    expect(errorsOf(parseTasksCsv(source))).toEqual([
      { line: 4, message: 'unknown status "done" (expected ongoing or completed)' },
    ])
  })
})
