import { describe, expect, it } from 'vitest'

import { parsePastedRows } from '@/lib/domain/statistics/parsePastedRows'
import { readIntegerCell } from '@/lib/domain/statistics/readCell'
import { readTableRows } from '@/lib/domain/statistics/tableRows'

const NOW = new Date('2024-06-01')

describe('readIntegerCell', () => {
  it.each([
    ['12,345', 12345],
    ['1,234,567', 1234567],
    ['12 345', 12345],
    ['12\u00a0345', 12345],
    ['12\u202f345', 12345],
    ['0', 0],
  ])('reads the count %j written with thousands separators as %d', (text, value) => {
    expect(readIntegerCell(text, 'BEV', { min: 0 }, { grouped: true })).toEqual({ value })
  })

  it.each(['12,34', '1,2345', '12.345', '12,345 678', ',123'])('refuses %j, which is no grouping', (text) => {
    expect(readIntegerCell(text, 'BEV', { min: 0 }, { grouped: true })).toHaveProperty('error')
  })

  it('refuses separators where they are not allowed (the CSV import)', () => {
    expect(readIntegerCell('12,345', 'bev', { min: 0 })).toEqual({ error: 'bev "12,345" is not a number' })
  })
})

describe('readTableRows', () => {
  it('reads each row; empty cells are no data (null), never 0; absent cells stay absent', () => {
    expect(
      readTableRows(
        [
          { year: '2018', bev: '3,733', phev: '', hev: '0', totalNewCars: '549 632', source: ' FEBIAC ' },
          { year: ' 2019 ', bev: '5000' },
        ],
        NOW,
      ),
    ).toEqual({
      rows: [
        {
          row: 0,
          year: 2018,
          values: { bev: 3733, phev: null, hev: 0, totalNewCars: 549632, source: 'FEBIAC' },
        },
        { row: 1, year: 2019, values: { bev: 5000 } },
      ],
      problems: [],
    })
  })

  it('names each bad cell by row and column, with the rules of the collection', () => {
    const { rows, problems } = readTableRows(
      [
        { year: '', bev: '1' },
        { year: '1989', bev: '1.5', phev: 'many', hev: '-1' },
        { year: '2026', source: 'x'.repeat(501) },
        { year: '2020' },
      ],
      NOW,
    )
    expect(rows).toEqual([{ row: 3, year: 2020, values: {} }])
    expect(problems).toEqual([
      { row: 0, field: 'year', message: 'Year is missing' },
      { row: 1, field: 'year', message: 'Year must be at least 1990 (got 1989)' },
      { row: 1, field: 'bev', message: 'BEV must be a whole number (got 1.5)' },
      { row: 1, field: 'phev', message: 'PHEV "many" is not a number' },
      { row: 1, field: 'hev', message: 'HEV must be at least 0 (got -1)' },
      { row: 2, field: 'year', message: 'Year must be at most 2025 (got 2026)' },
      { row: 2, field: 'source', message: 'Source is longer than 500 characters' },
    ])
  })

  it('finds a year that appears twice', () => {
    expect(readTableRows([{ year: '2018' }, { year: '2019' }, { year: '2018' }], NOW).problems).toEqual([
      { row: 2, field: 'year', message: '2018 is already in row 1' },
    ])
  })
})

describe('parsePastedRows', () => {
  it('reads rows copied from a spreadsheet in the table’s column order', () => {
    expect(parsePastedRows('2021\t12,000\t8000\t\t400000\tFEBIAC\r\n2022\t15000\r\n')).toEqual({
      rows: [
        { year: '2021', bev: '12,000', phev: '8000', hev: '', totalNewCars: '400000', source: 'FEBIAC' },
        { year: '2022', bev: '15000' },
      ],
    })
  })

  it('reads a header row naming the columns in any order, ignoring the CSV’s country and notes', () => {
    const text = 'Country\tYear\tHEV\tTotal new cars\tBEV\tnotes\nBE\t2021\t10\t400\t20\tchecked\n'
    expect(parsePastedRows(text)).toEqual({
      rows: [{ year: '2021', hev: '10', totalNewCars: '400', bev: '20' }],
    })
  })

  it('takes quotes a spreadsheet puts around a cell off, and ignores empty cells beyond the last column', () => {
    expect(parsePastedRows('2021\t1\t2\t3\t4\t"Source ""A"""\t\t\n')).toEqual({
      rows: [{ year: '2021', bev: '1', phev: '2', hev: '3', totalNewCars: '4', source: 'Source "A"' }],
    })
  })

  it('says what is wrong with text it cannot read', () => {
    expect(parsePastedRows('  \n')).toEqual({ error: 'The pasted text is empty.' })
    expect(parsePastedRows('year\tbev\tcolour\n2021\t1\tred')).toEqual({
      error:
        'Unknown column "colour" in the pasted header. Columns: Year, BEV, PHEV, HEV, Total new cars, Source.',
    })
    expect(parsePastedRows('bev\tphev\n1\t2')).toEqual({ error: 'The pasted header has no year column.' })
    expect(parsePastedRows('2021\t1\t2\t3\t4\tsource\textra')).toEqual({
      error: 'A pasted row has 7 cells; the columns are Year, BEV, PHEV, HEV, Total new cars, Source.',
    })
  })
})
