import { describe, expect, it } from 'vitest'

import { MAX_COMPARED_COUNTRIES, normaliseCompareQuery, parseCompareQuery } from '@/lib/domain/compare/query'
import { compareCsvHref, compareHref } from '@/lib/domain/urls'
import { compareCsv } from '@/lib/domain/csv'
import { buildMeasureLines, MEASURES } from '@/lib/domain/statistics/measures'
import type { YearFigures } from '@/lib/domain/statistics/types'

const BELGIUM = {
  name: 'Belgium',
  isoCode: 'BE',
  rows: [
    { year: 2012, bev: 0, phev: 340, hev: 5675, totalNewCars: null },
    { year: 2013, bev: 507, phev: 262, hev: 6086, totalNewCars: 486_000 },
    { year: 2014, bev: 1014, phev: null, hev: 7547, totalNewCars: 482_000 },
  ] satisfies YearFigures[],
}

describe('the compare measures', () => {
  it('index each country from its first year with a value above 0', () => {
    const bev = MEASURES.index.parts.find((part) => part.key === 'bev')
    if (!bev) throw new Error('the index has a BEV part')
    const [line] = buildMeasureLines(MEASURES.index, bev, [
      { key: 'be', label: 'Belgium', rows: BELGIUM.rows },
    ])
    expect(line?.baseYear).toBe(2013)
    expect(line?.points.map((point) => point.value)).toEqual([null, 100, 200])
  })

  it('write the measure in the CSV: registrations, shares after the total, or the index', () => {
    expect(compareCsv(MEASURES.registrations, [BELGIUM]).split('\r\n').slice(0, 2)).toEqual([
      'country,iso_code,year,bev,phev,hev',
      'Belgium,BE,2012,0,340,5675',
    ])
    expect(compareCsv(MEASURES.share, [BELGIUM]).split('\r\n')).toEqual([
      'country,iso_code,year,total_new_cars,plugin_share,bev_share,phev_share,hev_share',
      'Belgium,BE,2012,,,,,',
      'Belgium,BE,2013,486000,0.0016,0.001,0.0005,0.0125',
      'Belgium,BE,2014,482000,,0.0021,,0.0157',
      '',
    ])
    expect(compareCsv(MEASURES.index, [BELGIUM]).split('\r\n')[3]).toBe('Belgium,BE,2014,200,,132.99')
  })
})

describe('compare addresses', () => {
  it('read the query, falling back for unknown values', () => {
    const read = (query: string) => parseCompareQuery(new URLSearchParams(query))
    expect(read('countries=Belgium,norway,belgium&measure=INDEX&scale=log')).toEqual({
      countries: ['belgium', 'norway'],
      measure: 'index',
      scale: 'log',
      isMeasureUnknown: false,
      isScaleUnknown: false,
    })
    expect(read('measure=cars&scale=cubic')).toMatchObject({
      measure: 'registrations',
      scale: 'linear',
      isMeasureUnknown: true,
      isScaleUnknown: true,
    })
  })

  it('give equivalent queries one normalised form, the key of the cached page', () => {
    const forms = ['countries=belgium&measure=registrations', 'countries=BELGIUM,,&scale=linear&x=1'].map(
      (query) => normaliseCompareQuery(new URLSearchParams(query)),
    )
    expect(forms[0]).toEqual({ countries: 'belgium', measure: '', scale: '' })
    expect(forms[1]).toEqual(forms[0])
  })

  it(`keep at most ${MAX_COMPARED_COUNTRIES} countries`, () => {
    const slugs = Array.from({ length: 12 }, (_, i) => `country-${i}`)
    const parsed = parseCompareQuery(new URLSearchParams({ countries: slugs.join(',') }))
    expect(parsed.countries).toEqual(slugs.slice(0, MAX_COMPARED_COUNTRIES))
  })

  it('leave defaults out of links, and carry the measure into the CSV link', () => {
    const choice = { countries: ['belgium', 'norway'], measure: 'share', scale: 'linear' } as const
    expect(compareHref(choice)).toBe('/compare?countries=belgium,norway&measure=share')
    expect(compareCsvHref(choice)).toBe('/compare/ev-statistics.csv?countries=belgium,norway&measure=share')
    expect(compareHref({ countries: [], measure: 'registrations', scale: 'linear' })).toBe('/compare')
  })
})
