import { describe, expect, it } from 'vitest'

import { allStatisticsCsv, statisticsCsv, toCsv } from '@/lib/csv'

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 2]])).toBe('a,b\r\n1,2\r\n')
  })

  it('writes null and undefined as empty cells but keeps 0', () => {
    expect(toCsv(['x', 'y', 'z'], [[null, 0, undefined]])).toBe('x,y,z\r\n,0,\r\n')
  })

  it('writes non-finite numbers as empty cells', () => {
    expect(toCsv(['n'], [[Number.NaN], [Number.POSITIVE_INFINITY]])).toBe('n\r\n\r\n\r\n')
  })

  it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
    expect(toCsv(['v'], [['a,b'], ['say "hi"'], ['line\nbreak'], ['cr\rhere'], ['plain']])).toBe(
      'v\r\n"a,b"\r\n"say ""hi"""\r\n"line\nbreak"\r\n"cr\rhere"\r\nplain\r\n',
    )
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(['v'], [['=SUM(A1)'], ['+1'], ['-1'], ['@cmd'], ['\tx'], ['a=b']])
    expect(csv.split('\r\n').slice(1, -1)).toEqual(["'=SUM(A1)", "'+1", "'-1", "'@cmd", "'\tx", 'a=b'])
  })

  it('neutralises a leading CR and then quotes the cell because it holds a CR', () => {
    expect(toCsv(['v'], [['\rx']])).toBe('v\r\n"\'\rx"\r\n')
  })

  it('does not touch negative numbers, which are numbers rather than text', () => {
    expect(toCsv(['n'], [[-5]])).toBe('n\r\n-5\r\n')
  })

  it('quotes a neutralised formula that also contains a comma', () => {
    expect(toCsv(['v'], [['=1,2']])).toBe('v\r\n"\'=1,2"\r\n')
  })
})

describe('statisticsCsv', () => {
  it('writes year,bev,phev,hev with years ascending and empty cells for no data', () => {
    const csv = statisticsCsv([
      { year: 2018, bev: 3733, phev: 0, hev: null },
      { year: 2011, bev: 12, phev: null, hev: 1500 },
    ])
    expect(csv).toBe('year,bev,phev,hev\r\n2011,12,,1500\r\n2018,3733,0,\r\n')
  })

  it('writes only the header when there are no rows', () => {
    expect(statisticsCsv([])).toBe('year,bev,phev,hev\r\n')
  })
})

describe('allStatisticsCsv', () => {
  it('sorts by country, then year', () => {
    const csv = allStatisticsCsv([
      { country: 'Sweden', isoCode: 'SE', year: 2012, bev: 1, phev: 2, hev: 3 },
      { country: 'Belgium', isoCode: 'BE', year: 2019, bev: null, phev: 5, hev: 6 },
      { country: 'Belgium', isoCode: 'BE', year: 2011, bev: 7, phev: 0, hev: null },
      { country: 'austria', isoCode: 'AT', year: 2015, bev: 9, phev: 9, hev: 9 },
    ])
    expect(csv.split('\r\n')).toEqual([
      'country,iso_code,year,bev,phev,hev',
      'austria,AT,2015,9,9,9',
      'Belgium,BE,2011,7,0,',
      'Belgium,BE,2019,,5,6',
      'Sweden,SE,2012,1,2,3',
      '',
    ])
  })

  it('quotes country names containing commas', () => {
    const csv = allStatisticsCsv([
      { country: 'Korea, Republic of', isoCode: 'KR', year: 2020, bev: 1, phev: null, hev: 2 },
    ])
    expect(csv).toBe('country,iso_code,year,bev,phev,hev\r\n"Korea, Republic of",KR,2020,1,,2\r\n')
  })
})
