import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { LineChart, describeSeries } from '@/components/charts/LineChart'
import { StatisticsTable } from '@/components/charts/StatisticsTable'
import { buildMarkerPath, buildMarkersPath } from '@/lib/render/charts/markers'
import { buildStatisticsSeries } from '@/lib/domain/statistics/series'
import type { YearStatistics } from '@/lib/domain/statistics/types'

const ROWS: YearStatistics[] = [
  { year: 2018, bev: 3733, phev: 13226, hev: null },
  { year: 2011, bev: 0, phev: 120, hev: 4000 },
  { year: 2012, bev: 300, phev: 800, hev: 4100 },
  { year: 2013, bev: 500, phev: null, hev: 4200 },
  { year: 2014, bev: 900, phev: 1500, hev: 4300 },
]

/** Renders the chart for some statistics rows. */
function renderChart(rows: YearStatistics[], id = 'c1'): string {
  const series = buildStatisticsSeries(rows)
  return renderToStaticMarkup(
    createElement(LineChart, {
      id,
      title: 'EV adoption by year',
      description: describeSeries(series),
      series,
    }),
  )
}

/** The `d` attributes of the series lines, which (unlike filled markers) have `fill="none"`. */
function listLinePaths(html: string): string[] {
  return [...html.matchAll(/<path d="([^"]*)" fill="none"/g)].map((m) => m[1] ?? '')
}

describe('LineChart', () => {
  const html = renderChart(ROWS)

  it('is an image labelled by its title and description', () => {
    expect(html).toContain('role="img"')
    expect(html).toContain('aria-labelledby="c1-title c1-desc"')
    expect(html).toContain('<title id="c1-title">EV adoption by year</title>')
    expect(html).toContain(
      '<desc id="c1-desc">BEV, PHEV and HEV new registrations of passenger cars from 2011 to 2018; no data for 2015–2017; no PHEV data for 2013; no HEV data for 2018.</desc>',
    )
    expect(html).toContain('viewBox="0 0 640 360"')
    expect(html).toContain('width="100%"')
  })

  it('labels the y axis with thousands separators and both axes with names', () => {
    expect(html).toContain('>10,000</text>')
    expect(html).toContain('>15,000</text>')
    expect(html).toContain('>New registrations</text>')
    expect(html).toContain('>Year</text>')
  })

  it('shows every year from first to last, ascending in document order', () => {
    const years = [...html.matchAll(/>(\d{4})<\/text>/g)].map((m) => Number(m[1]))
    expect(years).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018])
  })

  it('breaks a line at missing years instead of dropping to 0', () => {
    const [bev, phev, hev] = listLinePaths(html)
    // BEV: 2011–2014, gap, then 2018 alone (marker only).
    expect(bev?.match(/M/g)).toHaveLength(1)
    // PHEV: 2011–2012, null in 2013, then 2014 alone: one line piece.
    expect(phev?.match(/M/g)).toHaveLength(1)
    expect(hev?.match(/L/g)).toHaveLength(3)
    const withGap = renderChart([
      { year: 2011, bev: 1, phev: null, hev: null },
      { year: 2012, bev: 2, phev: null, hev: null },
      { year: 2013, bev: null, phev: null, hev: null },
      { year: 2014, bev: 3, phev: null, hev: null },
      { year: 2015, bev: 4, phev: null, hev: null },
    ])
    expect(listLinePaths(withGap)[0]?.match(/M/g)).toHaveLength(2)
  })

  it('gives every data point a tooltip and none to missing points', () => {
    expect(html).toContain('<title>BEV 2018: 3,733</title>')
    expect(html).toContain('<title>PHEV 2018: 13,226</title>')
    expect(html).toContain('<title>BEV 2011: 0</title>')
    expect(html).not.toContain('<title>PHEV 2013')
    expect(html).not.toContain('<title>HEV 2018')
  })

  it("draws each series' markers as one path, without tooltips, past 60 points", () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({
      year: 2000 + i,
      bev: 100 + i,
      phev: i === 3 ? null : 200 + i,
      hev: 300 + i,
    }))
    const page = renderChart(rows)
    const dense = page.slice(page.indexOf('<svg role="img"'), page.indexOf('</svg>'))
    // 74 points: only the chart's own title is left.
    expect(dense.match(/<title/g)).toHaveLength(1)
    expect(dense).not.toContain('<circle')
    const markerPaths = [...dense.matchAll(/<path d="([^"]*)" fill="(#[0-9A-F]{6})"/g)]
    expect(markerPaths.map((m) => m[2])).toEqual(['#0072B2', '#D55E00', '#009E73'])
    expect(markerPaths.map((m) => m[1]?.match(/M/g)?.length)).toEqual([25, 24, 25])
    // The sparse chart above keeps a marker element, with its tooltip, per point.
    expect(html.match(/<title>/g)).toHaveLength(13)
  })

  it('has a legend with each label, and distinct colours and dash patterns', () => {
    expect(html).toMatch(/<span>BEV<\/span>.*<span>PHEV<\/span>.*<span>HEV<\/span>/s)
    expect(html).toContain('stroke="#0072B2"')
    expect(html).toContain('stroke="#D55E00"')
    expect(html).toContain('stroke="#009E73"')
    expect(html).toContain('stroke-dasharray="8 4"')
  })

  it('shows a message instead of an empty chart', () => {
    const empty = renderChart([{ year: 2020, bev: null, phev: null, hev: null }])
    expect(empty).toContain('No statistics yet')
    expect(empty).not.toContain('<svg role="img"')
  })

  it('handles a single year and millions', () => {
    const one = renderChart([{ year: 2020, bev: 2_400_000, phev: null, hev: null }])
    expect(one).toContain('>2,500,000</text>')
    expect(one).toContain('<title>BEV 2020: 2,400,000</title>')
    expect([...one.matchAll(/>(\d{4})<\/text>/g)].map((m) => m[1])).toEqual(['2020'])
  })

  it('thins year labels over long ranges', () => {
    const rows = Array.from({ length: 36 }, (_, i) => ({ year: 1990 + i, bev: i, phev: null, hev: null }))
    const labels = [...renderChart(rows).matchAll(/>(\d{4})<\/text>/g)].map((m) => Number(m[1]))
    expect(labels).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025])
  })
})

describe('StatisticsTable', () => {
  const html = renderToStaticMarkup(createElement(StatisticsTable, { caption: 'Belgium', rows: ROWS }))

  it('has a caption and column headers', () => {
    expect(html).toContain('<caption')
    expect(html).toContain('>Belgium</caption>')
    expect(html.match(/<th scope="col"/g)).toHaveLength(4)
    expect(html).toMatch(/>Year<\/th>.*>BEV<\/abbr>.*>PHEV<\/abbr>.*>HEV<\/abbr>/s)
  })

  it('lists years ascending with separators, "no data" for null and "0" for 0', () => {
    const years = [...html.matchAll(/<th scope="row"[^>]*>(\d{4})<\/th>/g)].map((m) => Number(m[1]))
    expect(years).toEqual([2011, 2012, 2013, 2014, 2018])
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1])
    expect(cells.slice(0, 3)).toEqual(['0', '120', '4,000'])
    expect(cells.slice(6, 9)).toEqual(['500', 'no data', '4,200'])
    expect(cells.slice(12)).toEqual(['3,733', '13,226', 'no data'])
  })
})

describe('marker paths', () => {
  it('draw each shape centred on its point, and a series as one path of its points', () => {
    expect(buildMarkerPath('circle', 10, 20, 4.5)).toBe('M5.5 20a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z')
    expect(buildMarkerPath('square', 10, 20, 2)).toBe('M8 18L12 18L12 22L8 22Z')
    expect(buildMarkerPath('cross', 10, 20, 2)).toBe('M8 18L12 22M12 18L8 22')
    const points = [
      { x: 10, y: 20 },
      { x: 30, y: 40 },
    ]
    expect(buildMarkersPath('square', points, 2)).toBe('M8 18L12 18L12 22L8 22ZM28 38L32 38L32 42L28 42Z')
  })
})
