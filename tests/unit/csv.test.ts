import { describe, expect, it } from 'vitest'

import { allStatisticsCsv, statisticsCsv, toCsv } from '@/lib/domain/csv'

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

const SHARES = 'total_new_cars,bev_share,phev_share,hev_share,plugin_share'

describe('statisticsCsv', () => {
  it('keeps year,bev,phev,hev first, years ascending, empty cells for no data', () => {
    const csv = statisticsCsv([
      { year: 2018, bev: 3733, phev: 0, hev: null, totalNewCars: null },
      { year: 2011, bev: 12, phev: null, hev: 1500, totalNewCars: null },
    ])
    expect(csv).toBe(`year,bev,phev,hev,${SHARES}\r\n2011,12,,1500,,,,,\r\n2018,3733,0,,,,,,\r\n`)
  })

  it('adds the total and the shares as decimals rounded to four places, none from partial figures', () => {
    const csv = statisticsCsv([
      { year: 2018, bev: 3733, phev: 9704, hev: 13226, totalNewCars: 549_632 },
      { year: 2019, bev: 8000, phev: null, hev: 0, totalNewCars: 550_000 },
      { year: 2020, bev: 10, phev: 10, hev: 10, totalNewCars: 0 },
    ])
    expect(csv.split('\r\n')).toEqual([
      `year,bev,phev,hev,${SHARES}`,
      '2018,3733,9704,13226,549632,0.0068,0.0177,0.0241,0.0244',
      // No PHEV figure: no PHEV share and no plug-in share, never BEV alone as "plug-in".
      '2019,8000,,0,550000,0.0145,,0,',
      // A total of 0 has no shares.
      '2020,10,10,10,0,,,,',
      '',
    ])
  })

  it('writes only the header when there are no rows', () => {
    expect(statisticsCsv([])).toBe(`year,bev,phev,hev,${SHARES}\r\n`)
  })
})

describe('allStatisticsCsv', () => {
  const row = (
    country: string,
    isoCode: string,
    year: number,
    bev: number | null,
    phev: number | null,
    hev: number | null,
  ) => ({
    country,
    isoCode,
    year,
    bev,
    phev,
    hev,
    totalNewCars: null,
  })

  it('sorts by country, then year', () => {
    const csv = allStatisticsCsv([
      row('Sweden', 'SE', 2012, 1, 2, 3),
      row('Belgium', 'BE', 2019, null, 5, 6),
      row('Belgium', 'BE', 2011, 7, 0, null),
      row('austria', 'AT', 2015, 9, 9, 9),
    ])
    expect(csv.split('\r\n')).toEqual([
      `country,iso_code,year,bev,phev,hev,${SHARES}`,
      'austria,AT,2015,9,9,9,,,,,',
      'Belgium,BE,2011,7,0,,,,,,',
      'Belgium,BE,2019,,5,6,,,,,',
      'Sweden,SE,2012,1,2,3,,,,,',
      '',
    ])
  })

  it('appends the total and shares after the existing columns', () => {
    const csv = allStatisticsCsv([
      { ...row('Belgium', 'BE', 2018, 3733, 9704, 13226), totalNewCars: 549_632 },
    ])
    expect(csv.split('\r\n')[1]).toBe('Belgium,BE,2018,3733,9704,13226,549632,0.0068,0.0177,0.0241,0.0244')
  })

  it('quotes country names containing commas', () => {
    const csv = allStatisticsCsv([row('Korea, Republic of', 'KR', 2020, 1, null, 2)])
    expect(csv).toBe(
      `country,iso_code,year,bev,phev,hev,${SHARES}\r\n"Korea, Republic of",KR,2020,1,,2,,,,,\r\n`,
    )
  })
})
