import { describe, expect, it } from 'vitest'

import { buildCompareChart } from '@/lib/render/chart-images/compareChart'
import { parseCompareImageQuery, type CompareImageQuery } from '@/lib/domain/compare/imageQuery'
import { buildStandaloneSvg } from '@/lib/render/charts/standaloneSvg'
import { compareChartHref } from '@/lib/domain/urls'
import { DEFAULT_OPEN_DATA_SETTINGS } from '@/lib/domain/open-data/settings'

const parse = (query: string) => parseCompareImageQuery(new URLSearchParams(query))

/** The problem a query is refused with, or the test fails. */
function problemOf(result: CompareImageQuery): string {
  if (result.ok) throw new Error('The query was accepted')
  return result.problem
}

describe('compare image query', () => {
  it('reads countries, measure, scale and part as the compare page does', () => {
    const result = parse('countries=Belgium,germany,belgium&measure=SHARE&scale=log&part=phev')
    if (!result.ok) throw new Error(result.problem)
    expect(result.request.choice).toEqual({
      countries: ['belgium', 'germany'],
      measure: 'share',
      scale: 'log',
    })
    expect(result.request.part.key).toBe('phev')
    // Shares are compared on a linear scale, as on the page.
    expect(result.request.scale).toBe('linear')
  })

  it('defaults to registrations, a linear scale and the first part', () => {
    const result = parse('countries=belgium')
    if (!result.ok) throw new Error(result.problem)
    expect(result.request.measure.key).toBe('registrations')
    expect(result.request.scale).toBe('linear')
    expect(result.request.part.key).toBe('bev')
  })

  it('names each problem instead of falling back', () => {
    expect(problemOf(parse(''))).toMatch(/^Name the countries to compare/)
    expect(problemOf(parse('countries=belgium,<b>'))).toBe('Not a country slug: "<b>".')
    expect(problemOf(parse('countries=a,b,c,d,e,f,g,h,i'))).toBe('Compare at most 8 countries.')
    expect(problemOf(parse('countries=belgium&measure=speed'))).toBe(
      'Unknown measure: the measures are registrations, share, index.',
    )
    expect(problemOf(parse('countries=belgium&scale=cubic'))).toBe(
      'Unknown scale: the scales are linear and log.',
    )
    expect(problemOf(parse('countries=belgium&measure=share&part=fuel'))).toBe(
      'Unknown part: the parts of share are plugin, bev, phev, hev.',
    )
  })

  it('links to the image of a comparison, defaults left out', () => {
    const choice = { countries: ['belgium', 'germany'], measure: 'index', scale: 'log' } as const
    expect(compareChartHref(choice, 'png', 'hev')).toBe(
      '/compare/chart.png?countries=belgium,germany&measure=index&scale=log&part=hev',
    )
    const href = compareChartHref({ ...choice, measure: 'registrations', scale: 'linear' }, 'svg')
    expect(href).toBe('/compare/chart.svg?countries=belgium,germany')
    const reparsed = parseCompareImageQuery(new URL(href, 'https://x.test').searchParams)
    expect(reparsed.ok && reparsed.request.choice.countries).toEqual(['belgium', 'germany'])
  })
})

describe('compare chart image', () => {
  const result = parse('countries=belgium,germany&measure=index')
  if (!result.ok) throw new Error(result.problem)
  const country = (name: string, slug: string, bev: number, updatedAt: string) => ({
    name,
    slug,
    isoCode: 'BE',
    updatedAt,
    rows: [
      { year: 2015, bev, phev: 1, hev: 1, totalNewCars: 10 },
      { year: 2016, bev: bev * 2, phev: 1, hev: 1, totalNewCars: 10 },
    ],
  })
  const chart = buildCompareChart(
    result.request,
    [
      country('Belgium', 'belgium', 50, '2025-06-01T00:00:00Z'),
      country('Germany', 'germany', 80, '2026-01-05T00:00:00Z'),
    ],
    DEFAULT_OPEN_DATA_SETTINGS,
    'https://ev.example.org',
  )

  it('draws one line per country, titled by the part and measure', () => {
    expect(chart.title).toBe('BEV growth (first year = 100) by country')
    expect(chart.series.map((s) => [s.label, s.points.map((p) => p.value)])).toEqual([
      ['Belgium', [100, 200]],
      ['Germany', [100, 200]],
    ])
  })

  it('notes the index bases and cites the compare page, dated by the newest figure', () => {
    expect(chart.notes).toEqual(['Index base (= 100): Belgium 2015, Germany 2015.'])
    expect(chart.credit[0]).toBe(
      'Source: EV Country Profiles (2026). Compare countries by growth (first year = 100) [Data set]. https://ev.example.org/compare?countries=belgium,germany&measure=index',
    )
    const svg = buildStandaloneSvg(chart)
    expect(svg).toContain('Index base (= 100): Belgium 2015, Germany 2015.')
    expect(svg).toContain('countries=belgium,germany&amp;measure=index')
  })
})
