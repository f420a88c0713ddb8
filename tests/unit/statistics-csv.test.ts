import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { toCsv } from '@/lib/domain/csv'
import type { Issue, ParseResult } from '@/lib/import/legacy/types'
import { STATISTICS_CSV_COLUMNS, type StatisticsCsvRow } from '@/lib/domain/statistics/csvColumns'
import { parseStatisticsCsv, toCountryKey } from '@/lib/domain/statistics/csvImport'

// Fixed "now": the latest accepted year is then 2025.
const NOW = new Date('2024-06-01T12:00:00Z')
const HEADER = 'country,year,bev,phev,hev,total_new_cars,source,notes'

function parse(lines: string[]): ParseResult<StatisticsCsvRow[]> {
  return parseStatisticsCsv(lines.join('\n'), NOW)
}

/** The parsed rows, failing the test with the errors when parsing failed. */
function rowsOf(result: ParseResult<StatisticsCsvRow[]>): StatisticsCsvRow[] {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`)
  return result.value
}

/** The errors, failing the test when parsing succeeded. */
function errorsOf(result: ParseResult<StatisticsCsvRow[]>): Issue[] {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`)
  return result.errors
}

describe('parseStatisticsCsv: valid files', () => {
  it('reads every column; empty cells are null, never 0, and 0 stays 0', () => {
    const rows = rowsOf(parse([HEADER, 'BE,2018,3733,9704,13226,550000,FEBIAC,first', 'belgium,2019,0,,,,,']))
    expect(rows).toEqual([
      {
        line: 2,
        country: 'BE',
        year: 2018,
        values: { bev: 3733, phev: 9704, hev: 13226, totalNewCars: 550000, source: 'FEBIAC', notes: 'first' },
      },
      {
        line: 3,
        country: 'belgium',
        year: 2019,
        values: { bev: 0, phev: null, hev: null, totalNewCars: null, source: null, notes: null },
      },
    ])
  })

  it('matches columns by name in any order and letter case; absent columns are not in the values', () => {
    const rows = rowsOf(parse([' Year ,BEV,Country', '2020,12,NL']))
    expect(rows).toEqual([{ line: 2, country: 'NL', year: 2020, values: { bev: 12 } }])
  })

  it('accepts a byte order mark, CRLF line ends, blank lines and a missing trailing cell', () => {
    const csv = `\uFEFF${HEADER}\r\n\r\nBE,2018,1,2,3,4,src\r\n`
    const rows = rowsOf(parseStatisticsCsv(csv, NOW))
    expect(rows).toEqual([
      {
        line: 3,
        country: 'BE',
        year: 2018,
        values: { bev: 1, phev: 2, hev: 3, totalNewCars: 4, source: 'src', notes: null },
      },
    ])
  })

  it('keeps quoted commas and line breaks and counts lines after them correctly', () => {
    const result = parse([HEADER, 'BE,2018,1,,,,"Source, with comma","two', 'lines"', 'BE,2017,-1,,,,,'])
    expect(errorsOf(result)).toEqual([{ line: 4, message: 'bev must be at least 0 (got -1)' }])
    const rows = rowsOf(parse([HEADER, 'BE,2018,1,,,,"Source, with comma","two', 'lines"']))
    expect(rows[0]?.values).toMatchObject({ source: 'Source, with comma', notes: 'two\nlines' })
  })

  it('takes the formula guard of the export off text cells again', () => {
    const rows = rowsOf(parse(['country,year,source,notes', "BE,2018,'=SUM(A1),'-minus"]))
    expect(rows[0]?.values).toEqual({ source: '=SUM(A1)', notes: '-minus' })
  })

  it('accepts the first and the latest year, and whole numbers written as 12.0', () => {
    const rows = rowsOf(parse(['country,year,bev', 'BE,1990,12.0', 'BE,2025,']))
    expect(rows.map((row) => [row.year, row.values.bev])).toEqual([
      [1990, 12],
      [2025, null],
    ])
  })

  it('ignores unnamed columns that hold nothing (trailing commas from spreadsheets)', () => {
    expect(rowsOf(parse(['country,year,bev,,', 'BE,2018,5,,']))).toHaveLength(1)
  })
})

describe('parseStatisticsCsv: errors with their line numbers', () => {
  it('reports an empty file', () => {
    expect(errorsOf(parseStatisticsCsv('', NOW))).toEqual([{ line: 1, message: 'the file is empty' }])
    expect(errorsOf(parseStatisticsCsv(' \n\n', NOW))).toEqual([{ line: 1, message: 'the file is empty' }])
  })

  it('reports a missing header', () => {
    expect(errorsOf(parse(['BE,2018,1,2,3']))).toEqual([
      { line: 1, message: `the first line must be the header: ${HEADER}` },
    ])
  })

  it('reports a header without rows', () => {
    expect(errorsOf(parse(['', HEADER]))).toEqual([
      { line: 2, message: 'there are no rows below the header' },
    ])
  })

  it('names unknown columns and missing required ones', () => {
    expect(errorsOf(parse(['country,bev,Colour,weight', 'BE,1,red,2']))).toEqual([
      { line: 1, message: `unknown columns "colour", "weight" (expected: ${HEADER})` },
      { line: 1, message: 'missing column "year"' },
    ])
    expect(errorsOf(parse(['country,year,bevs', 'BE,2018,1']))).toEqual([
      { line: 1, message: `unknown column "bevs" (expected: ${HEADER})` },
    ])
  })

  it('reports a column named twice', () => {
    expect(errorsOf(parse(['country,year,bev,BEV', 'BE,2018,1,2']))).toEqual([
      { line: 1, message: 'column "bev" appears twice' },
    ])
  })

  it.each([
    ['', 'year is missing'],
    ['20x9', 'year "20x9" is not a number'],
    ['1989', 'year must be at least 1990 (got 1989)'],
    ['2026', 'year must be at most 2025 (got 2026)'],
    ['2018.5', 'year must be a whole number (got 2018.5)'],
  ])('reports the year "%s"', (year, message) => {
    expect(errorsOf(parse(['country,year', `BE,${year}`]))).toEqual([{ line: 2, message }])
  })

  it.each([
    ['-5', 'bev must be at least 0 (got -5)'],
    ['1.5', 'bev must be a whole number (got 1.5)'],
    ['abc', 'bev "abc" is not a number'],
    ['1e3', 'bev "1e3" is not a number'],
    ['1,000', 'bev "1,000" is not a number'],
    ['99999999999999999999', 'bev "99999999999999999999" is not a number'],
  ])('reports the count "%s"', (bev, message) => {
    expect(errorsOf(parse(['country,year,bev', `BE,2018,"${bev}"`]))).toEqual([{ line: 2, message }])
  })

  it('names the column of a bad count', () => {
    expect(errorsOf(parse(['country,year,total_new_cars', 'BE,2018,-1']))).toEqual([
      { line: 2, message: 'total_new_cars must be at least 0 (got -1)' },
    ])
  })

  it('reports a missing or malformed country', () => {
    expect(errorsOf(parse(['country,year', ',2018', '???,2018']))).toEqual([
      { line: 2, message: 'country is missing' },
      { line: 3, message: 'country "???" is neither an ISO code (BE) nor a slug (belgium)' },
    ])
  })

  it('reports a (country, year) that appears twice, however the country is written', () => {
    const result = parse(['country,year', 'BE,2018', 'be,2018', 'Belgium,2018', 'belgium,2018', 'BE,2019'])
    expect(errorsOf(result)).toEqual([
      { line: 3, message: 'be 2018 appears twice (first on line 2)' },
      { line: 5, message: 'belgium 2018 appears twice (first on line 4)' },
    ])
  })

  it('reports too many fields, hinting at quotes when a record spans lines', () => {
    expect(errorsOf(parse(['country,year', 'BE,2018,1', 'BE,2019,"a', 'b"']))).toEqual([
      { line: 2, message: '3 fields but the header has 2 columns' },
      { line: 3, message: '3 fields but the header has 2 columns in lines 3-4; check the quotes' },
    ])
  })

  it('reports a value in a column without a name', () => {
    expect(errorsOf(parse(['country,year,', 'BE,2018,5']))).toEqual([
      { line: 2, message: 'column 3 has a value but no name in the header' },
    ])
  })

  it('reports every bad row, several problems of one row, and a quote that is never closed', () => {
    const result = parse([
      HEADER,
      'BE,2018,1,2,3,4,,',
      'BE,1800,-1,x,,,,',
      'NL,2019,1,,,,,',
      'DE,2020,1.5,,,,,',
      'FR,2021,1,,,,"open',
    ])
    expect(errorsOf(result)).toEqual([
      { line: 3, message: 'year must be at least 1990 (got 1800)' },
      { line: 3, message: 'bev must be at least 0 (got -1)' },
      { line: 3, message: 'phev "x" is not a number' },
      { line: 5, message: 'bev must be a whole number (got 1.5)' },
      { line: 6, message: 'a quoted field is never closed' },
    ])
  })
})

describe('toCountryKey', () => {
  it('upper-cases ISO codes and slugifies anything else', () => {
    expect(toCountryKey('be')).toBe('BE')
    expect(toCountryKey('The Netherlands')).toBe('the-netherlands')
    expect(toCountryKey('belgium')).toBe('belgium')
  })
})

describe('export and import agree', () => {
  const count = fc.option(fc.nat({ max: 10_000_000 }), { nil: null })
  const text = fc.option(
    fc
      .string({ maxLength: 20 })
      // Import trims cells, drops zero-width spaces and reads a lone CR as a line break.
      .filter(
        (value) => value !== '' && value.trim() === value && !/[\r\u200B-\u200D\u2060\uFEFF]|^'/.test(value),
      ),
    { nil: null },
  )

  it('reads back exactly what toCsv wrote with the import columns', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1990, max: 2025 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(count, count, count, count, text, text), { minLength: 10, maxLength: 10 }),
        (years, values) => {
          const table = years.map((year, index) => {
            const [bev, phev, hev, totalNewCars, source, notes] = values[index] ?? []
            return { year, bev, phev, hev, totalNewCars, source, notes }
          })
          const csv = toCsv(
            STATISTICS_CSV_COLUMNS,
            table.map((r) => ['BE', r.year, r.bev, r.phev, r.hev, r.totalNewCars, r.source, r.notes]),
          )
          const rows = rowsOf(parseStatisticsCsv(csv, NOW))
          expect(rows.map(({ year, values: v }) => ({ year, ...v }))).toEqual(table)
        },
      ),
    )
  })
})
